import type { WatchList } from '../lib/rules/settings';
import { formatNumber } from '../lib/cards/format';
import { t } from '../lib/i18n/strings';

/**
 * Each watch list that is on, with its matches on this tab, and buttons that step the page's
 * focus to the list's next or previous match.
 */
export function PopupWatchCounts({
  lists,
  counts,
  capped,
  step,
}: {
  lists: readonly WatchList[];
  counts: Readonly<Record<string, number>>;
  capped: boolean;
  step: (listId: string, direction: 1 | -1) => void;
}) {
  const on = lists.filter((l) => l.on);
  if (!on.length) return null;
  return (
    <section data-section="watch-counts" aria-labelledby="watch-counts-title">
      <h2 id="watch-counts-title">{t('popupWatchTitle')}</h2>
      <ul>
        {on.map((list) => {
          const count = Object.hasOwn(counts, list.id) ? counts[list.id] : 0;
          return (
            <li key={list.id} data-list={list.id}>
              <span>{list.name}</span> <span data-count="watch">{formatNumber(count)}</span>{' '}
              <button
                type="button"
                data-action="watch-previous"
                disabled={count === 0}
                aria-label={t('popupWatchPrevious', list.name)}
                onClick={() => step(list.id, -1)}
              >
                {t('popupWatchPreviousShort')}
              </button>
              <button
                type="button"
                data-action="watch-next"
                disabled={count === 0}
                aria-label={t('popupWatchNext', list.name)}
                onClick={() => step(list.id, 1)}
              >
                {t('popupWatchNextShort')}
              </button>
            </li>
          );
        })}
      </ul>
      {capped && <p data-field="watch-capped">{t('popupWatchCapped')}</p>}
    </section>
  );
}
