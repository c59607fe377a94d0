import type { EntityCardData } from '../lib/messaging/protocol';
import type { MeasureElsewhere } from '../lib/db/articles';
import type { Mention } from '../lib/recognize/types';
import { formatDate, formatNumber, isHttpUrl, TYPE_LABELS } from './format';
import { RelatedList } from './RelatedList';

export type CardState =
  | { status: 'loading'; mention: Mention }
  | { status: 'error'; mention: Mention }
  | { status: 'entity'; mention: Mention; card: EntityCardData }
  | { status: 'figure'; mention: Mention; elsewhere: MeasureElsewhere[] };

function EntityBody({ card }: { card: EntityCardData }) {
  return (
    <>
      {card.description && <p class="description" data-field="description">{card.description}</p>}
      {card.background && <p class="background" data-field="background">{card.background}</p>}
      <p class="source" data-field="source">
        Source:{' '}
        {isHttpUrl(card.sourceUrl ?? card.source.url) ? (
          <a href={card.sourceUrl ?? card.source.url} target="_blank" rel="noopener noreferrer">
            {card.source.name}
          </a>
        ) : (
          card.source.name
        )}{' '}
        ({card.source.licence}){card.updatedAt ? `, as of ${formatDate(Date.parse(card.updatedAt))}` : ''}
      </p>
      <h3>Related articles</h3>
      <RelatedList articles={card.related} empty="No related articles in your feeds yet." />
    </>
  );
}

function FigureBody({ mention, elsewhere }: { mention: Mention; elsewhere: MeasureElsewhere[] }) {
  const f = mention.figure;
  if (!f) return null;
  const what = f.counts ?? f.unit ?? '';
  return (
    <>
      <p class="description" data-field="description">
        {[f.qualifier, formatNumber(f.value), f.valueMax !== undefined ? `to ${formatNumber(f.valueMax)}` : '', what].filter(Boolean).join(' ')}{' '}
        <span class="muted">({f.kind})</span>
      </p>
      <h3>Same measure elsewhere</h3>
      {elsewhere.length ? (
        <ul class="related" data-field="related">
          {elsewhere.filter((e) => isHttpUrl(e.url)).map((e) => (
            <li key={e.url}>
              <strong>{e.text}</strong>{' '}
              <a data-related href={e.url} target="_blank" rel="noopener noreferrer">
                {e.title}
              </a>
              <span class="meta">{[e.outlet, formatDate(e.publishedAt)].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted" data-field="related">No other figure for this measure in your feeds.</p>
      )}
    </>
  );
}

/** The hover card: what a highlighted name or figure is, and where else it appears. */
export function HoverCard({ state }: { state: CardState }) {
  const { mention } = state;
  const title = state.status === 'entity' ? state.card.name : (mention.name ?? mention.text);
  return (
    <div class="card" data-backstory-card role="dialog" aria-label={title} aria-live="polite">
      <header>
        <span class="name" data-field="name">{title}</span>
        <span class={`type type-${mention.type}`} data-field="type">{TYPE_LABELS[mention.type]}</span>
      </header>
      {state.status === 'loading' && <p class="muted">Loading…</p>}
      {state.status === 'error' && <p class="muted">Couldn’t load this card.</p>}
      {state.status === 'entity' && <EntityBody card={state.card} />}
      {state.status === 'figure' && <FigureBody mention={mention} elsewhere={state.elsewhere} />}
    </div>
  );
}
