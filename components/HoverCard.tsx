import { useState } from 'preact/hooks';
import {
  isMentionActions,
  type CardActionHandlers,
  type CardActions as Handlers,
  type CardState,
  type PageContext,
  type RoleSeen,
} from '../lib/cards/card-state';
import { WATCH_LISTS_SECTION } from '../lib/cards/watch-card';
import { describeFigure } from '../lib/cards/figure-text';
import { formatDate, isHttpUrl } from '../lib/cards/format';
import { t, type MessageKey } from '../lib/i18n/strings';
import type { EntityCardData, MeasureElsewhere, RelatedArticle } from '../lib/types/cards';
import type { FigureKind, Mention } from '../lib/types/mention';
import { roleAfterArticle } from '../lib/cards/role-since';
import { typeLabel } from './type-labels';
import { CardActions } from './CardActions';
import { LinkPicker } from './LinkPicker';
import { RelatedList } from './RelatedList';
import { WatchCard } from './WatchCard';
import { WatchWhyLine } from './WatchWhyLine';
import { WhyLine } from './WhyLine';

const FIGURE_WORDS = {
  get to() {
    return t('figureRangeTo');
  },
  yearsOld: (years: string) => t('figureYearsOld', years),
};

const FIGURE_KINDS: Record<FigureKind, MessageKey> = {
  count: 'figureKindCount',
  money: 'figureKindMoney',
  percent: 'figureKindPercent',
  age: 'figureKindAge',
  duration: 'figureKindDuration',
  range: 'figureKindRange',
  date: 'figureKindDate',
  measure: 'figureKindMeasure',
};

/** The why line of a mention's card: the site's rule, and the watch lists its words are on. */
function MentionWhy({
  mention,
  page,
  actions,
}: {
  mention: Mention;
  page: PageContext;
  actions?: CardActionHandlers;
}) {
  const open = actions?.openSettings;
  return (
    <WhyLine
      mention={mention}
      mentionCount={page.mentionCount}
      site={page.site}
      editSites={open && (() => open('sites'))}
      watch={
        page.watch && (
          <WatchWhyLine
            reasons={page.watch}
            editLists={open && (() => open(WATCH_LISTS_SECTION))}
          />
        )
      }
    />
  );
}

/** Backgrounds longer than this start folded, with "More". */
const FOLD_AT = 240;

function Background({ text }: { text: string }) {
  const [open, setOpen] = useState(text.length <= FOLD_AT);
  const shown = open ? text : `${text.slice(0, text.lastIndexOf(' ', FOLD_AT))}…`;
  return (
    <p class="background" data-field="background">
      {shown}{' '}
      {text.length > FOLD_AT && (
        <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t(open ? 'cardLess' : 'cardMore')}
        </button>
      )}
    </p>
  );
}

function EntityBody({
  card,
  mention,
  page,
  actions,
}: {
  card: EntityCardData;
  mention: Mention;
  page: PageContext;
  actions?: CardActionHandlers;
}) {
  const sourceUrl = card.sourceUrl ?? card.source.url;
  const afterArticle = roleAfterArticle(card.description, page.publishedAt);
  const options = (mention.alternatives ?? []).filter((o) => o.id !== card.id);
  return (
    <>
      {card.description && (
        <p class="description" data-field="description">
          {card.description}
        </p>
      )}
      {afterArticle && (
        <p class="note" data-field="role-date">
          {t('cardRoleAfterArticle', afterArticle.since, formatDate(afterArticle.publishedAt))}
        </p>
      )}
      {card.background && <Background text={card.background} />}
      <p class="source" data-field="source">
        {t('cardSource')}{' '}
        {isHttpUrl(sourceUrl) ? (
          <a href={sourceUrl} target="_blank" rel="noopener noreferrer">
            {card.source.name}
          </a>
        ) : (
          card.source.name
        )}{' '}
        ({card.source.licence})
        {card.updatedAt ? `, ${t('cardAsOf', formatDate(Date.parse(card.updatedAt)))}` : ''}
      </p>
      <MentionWhy mention={mention} page={page} actions={actions} />
      <h3>{t('cardRelatedArticles')}</h3>
      <RelatedList articles={card.related} empty={t('cardNoRelatedArticles')} />
      {actions && <LinkPicker options={options} choose={actions.choose} />}
      {actions && <CardActions handlers={actions} />}
    </>
  );
}

function FigureBody({
  mention,
  elsewhere,
  page,
  actions,
}: {
  mention: Mention;
  elsewhere: MeasureElsewhere[];
  page: PageContext;
  actions?: CardActionHandlers;
}) {
  const f = mention.figure;
  if (!f) return null;
  return (
    <>
      <p class="description" data-field="description">
        {describeFigure(f, FIGURE_WORDS)} <span class="muted">({t(FIGURE_KINDS[f.kind])})</span>
      </p>
      {page.sentence && <blockquote data-field="sentence">{page.sentence}</blockquote>}
      <h3>{t('cardSameMeasureElsewhere')}</h3>
      {elsewhere.length ? (
        <ul class="related" data-field="related">
          {elsewhere
            .filter((e) => isHttpUrl(e.url))
            .map((e) => (
              <li key={e.url}>
                <strong data-field="value">{e.text}</strong>{' '}
                <a data-related href={e.url} target="_blank" rel="noopener noreferrer">
                  {e.title}
                </a>
                <span class="meta">
                  {[e.outlet, formatDate(e.publishedAt)].filter(Boolean).join(' · ')}
                </span>
              </li>
            ))}
        </ul>
      ) : (
        <p class="muted" data-field="related">
          {t('cardNoSameMeasure')}
        </p>
      )}
      <MentionWhy mention={mention} page={page} actions={actions} />
      {actions && <CardActions handlers={actions} />}
    </>
  );
}

/** A name no pack knows: what the text says about it, and other articles naming it. */
function UnknownBody({
  mention,
  roles,
  related,
  page,
  actions,
}: {
  mention: Mention;
  roles: RoleSeen[];
  related: RelatedArticle[];
  page: PageContext;
  actions?: CardActionHandlers;
}) {
  // A name the reader unlinked ("None of these") can be linked to one of its entities again.
  const options = mention.alternatives ?? [];
  return (
    <>
      <p class="description" data-field="description">
        {t(roles.length ? 'cardDescribedAs' : 'cardNotInPacks')}
      </p>
      {roles.length > 0 && (
        <ul class="roles" data-field="roles">
          {roles.map((r) => (
            <li key={r.text}>
              {r.text} <span class="meta">— {r.source}</span>
            </li>
          ))}
        </ul>
      )}
      <MentionWhy mention={mention} page={page} actions={actions} />
      <h3>{t('cardArticlesNaming', mention.name ?? mention.text)}</h3>
      <RelatedList articles={related} empty={t('cardNoArticlesNaming')} />
      {actions && options.length > 0 && (
        <LinkPicker
          options={options}
          choose={actions.choose}
          label={t('pickerLinkToKnown')}
          withNone={false}
        />
      )}
      {actions && <CardActions handlers={actions} />}
    </>
  );
}

/**
 * The hover card: what a highlighted name or figure is, and where else it appears; or, for
 * words only a watch list found, which lists and terms found them.
 */
export function HoverCard({ state, actions: given }: { state: CardState; actions?: Handlers }) {
  if (state.status === 'watch') return <WatchCard data={state.watch} actions={given} />;
  const actions = given && isMentionActions(given) ? given : undefined;
  const { mention } = state;
  const title = state.status === 'entity' ? state.card.name : (mention.name ?? mention.text);
  return (
    <div
      class="card"
      data-backstory-card
      role="dialog"
      aria-label={t('cardLabel', typeLabel(mention.type), title)}
    >
      <header>
        <span class="name" data-field="name">
          {title}
        </span>
        <span class={`type type-${mention.type}`} data-field="type">
          {typeLabel(mention.type)}
        </span>
      </header>
      {state.status === 'loading' && <p class="muted">{t('cardLoading')}</p>}
      {state.status === 'error' && <p class="muted">{t('cardLoadFailed')}</p>}
      {state.status === 'entity' && (
        <EntityBody card={state.card} mention={mention} page={state.page} actions={actions} />
      )}
      {state.status === 'figure' && (
        <FigureBody
          mention={mention}
          elsewhere={state.elsewhere}
          page={state.page}
          actions={actions}
        />
      )}
      {state.status === 'unknown' && (
        <UnknownBody
          mention={mention}
          roles={state.roles}
          related={state.related}
          page={state.page}
          actions={actions}
        />
      )}
    </div>
  );
}
