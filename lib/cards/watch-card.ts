/**
 * What a card says about the reader's watch lists: which lists the words are on, and the term
 * of each that found them. Plain data, from the page's watch matches and the reader's lists.
 */
import type { WatchList } from '../rules/settings';
import { regexSource } from '../rules/watch-terms';
import type { SiteWhy } from '../types/site-why';
import type { WatchMatch } from '../types/watch';

/** The settings page's section of watch lists (`options.html#watch-lists`). */
export const WATCH_LISTS_SECTION = 'watch-lists';

/** A term of a list that found the words: `pattern` when it is a `/regular expression/`. */
export interface WatchTermFound {
  term: string;
  pattern: boolean;
}

/** One watch list the words are on. */
export interface WatchReason {
  listId: string;
  /** The list's name, as the reader called it. */
  list: string;
  terms: WatchTermFound[];
}

/** The card of words only a watch list found (no name or figure there). */
export interface WatchCardData {
  /** The words matched, as the page has them. */
  text: string;
  reasons: WatchReason[];
  /** The site rule or default that lets this page be highlighted. */
  site?: SiteWhy;
}

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
