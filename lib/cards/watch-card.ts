/**
 * What a card says about the reader's watch lists: which lists the words are on, and the term
 * of each that found them (composed on the page, `lib/page/watch-reasons.ts`).
 */
import type { SiteWhy } from '../types/site-why';

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
