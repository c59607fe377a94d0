import type { Mention } from '../lib/types/mention';
import { TYPE_LABELS } from '../lib/cards/format';

const VIA: Record<Mention['via'], string> = {
  alias: 'name in your knowledge packs',
  'short-form': 'short form of a name used earlier on this page',
  model: 'found by the name tagger (not in your packs)',
  figure: 'figure parser',
  choice: 'linked as you chose for this name on this site',
};

/** "Why highlighted": how the words were matched, how sure, and what else they could name. */
export function WhyLine({ mention, mentionCount }: { mention: Mention; mentionCount: number }) {
  const others = mention.alternatives ?? [];
  return (
    <p class="why muted" data-field="why">
      Why highlighted: “{mention.text}”, {VIA[mention.via]} ({Math.round(mention.confidence * 100)}
      %).
      {others.length > 0 &&
        ` Could also be: ${others.map((o) => `${o.name} (${TYPE_LABELS[o.type].toLowerCase()})`).join(', ')}.`}{' '}
      <span data-field="mentions">
        Mentioned {mentionCount} {mentionCount === 1 ? 'time' : 'times'} on this page.
      </span>
    </p>
  );
}
