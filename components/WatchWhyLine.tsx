import type { WatchReason, WatchTermFound } from '../lib/cards/watch-card';
import { listOf, t } from '../lib/i18n/strings';
import { EditLink } from './EditLink';

const termText = (found: WatchTermFound) =>
  t(found.pattern ? 'whyWatchPattern' : 'whyWatchTerm', found.term);

/**
 * The why line's watch lists: each list the words are on, by name, with the terms that found
 * them (an expression as the reader wrote it), then a link to edit the lists (`editLists`:
 * opens the settings page at its watch lists). Names and terms are the reader's own, shown as
 * text.
 */
export function WatchWhyLine({
  reasons,
  editLists,
}: {
  reasons: readonly WatchReason[];
  editLists?: () => void;
}) {
  if (!reasons.length) return null;
  return (
    <p class="why muted" data-field="why-watch">
      {reasons.map((r, i) => (
        <span key={r.listId} data-field="watch-list" data-list={r.listId}>
          {i > 0 && ' '}
          {t('whyWatchList', r.list, listOf(r.terms.map(termText)))}
        </span>
      ))}
      {editLists && (
        <EditLink action="edit-watch-lists" label={t('whyEditWatchLists')} onEdit={editLists} />
      )}
    </p>
  );
}
