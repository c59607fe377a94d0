import type { Mention } from '../lib/types/mention';
import { formatNumber } from '../lib/cards/format';
import { listOf, plural, t, type MessageKey } from '../lib/i18n/strings';
import { typeName } from './type-labels';

const VIA: Record<Mention['via'], MessageKey> = {
  alias: 'whyViaAlias',
  'short-form': 'whyViaShortForm',
  model: 'whyViaModel',
  figure: 'whyViaFigure',
  choice: 'whyViaChoice',
};

/** "Why highlighted": how the words were matched, how sure, and what else they could name. */
export function WhyLine({ mention, mentionCount }: { mention: Mention; mentionCount: number }) {
  const others = mention.alternatives ?? [];
  return (
    <p class="why muted" data-field="why">
      {t(
        'whyHighlighted',
        mention.text,
        t(VIA[mention.via]),
        formatNumber(Math.round(mention.confidence * 100)),
      )}
      {others.length > 0 &&
        ` ${t(
          'whyCouldAlsoBe',
          listOf(others.map((o) => t('nameWithType', o.name, typeName(o.type)))),
        )}`}{' '}
      <span data-field="mentions">
        {plural('whyMentionedTimes', mentionCount, formatNumber(mentionCount))}
      </span>
    </p>
  );
}
