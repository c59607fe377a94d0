/**
 * Which of the reader's watch lists a card names, from the page's watch matches under it and
 * the reader's lists as they are now.
 */
import type { WatchReason } from '../cards/watch-card';
import type { WatchList } from '../rules/settings';
import { regexSource } from '../rules/watch-terms';
import type { WatchMatch } from '../types/watch';

/**
 * The lists these matches are from, each once, in the order of the reader's lists, with the
 * terms that found them (each once). A list that is off or gone (the page not yet asked
 * again) is left out: it is not painted either.
 */
export function watchReasons(
  matches: readonly Pick<WatchMatch, 'listId' | 'term'>[],
  lists: readonly Pick<WatchList, 'id' | 'name' | 'on'>[],
): WatchReason[] {
  return lists.flatMap((list) => {
    if (!list.on) return [];
    const terms = [...new Set(matches.filter((m) => m.listId === list.id).map((m) => m.term))];
    if (!terms.length) return [];
    return [
      {
        listId: list.id,
        list: list.name,
        terms: terms.map((term) => ({ term, pattern: regexSource(term) !== null })),
      },
    ];
  });
}
