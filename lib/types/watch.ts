/** A watch list's match on a page, in page offsets (UTF-16 code units), like a mention's. */
export interface WatchMatch {
  start: number;
  end: number;
  /** The list it belongs to: painted under `backstory-watch-<listId>`. */
  listId: string;
  text: string;
  /** The list's term that matched, as the reader wrote it (`/…/` for an expression). */
  term: string;
}

/** What a page asks and gets for watch lists: the matches, and whether a cap stopped them. */
export interface WatchAnswer {
  watch: WatchMatch[];
  watchCapped: boolean;
}

/** A watch match as the side panel's page index lists it. */
export interface WatchIndexEntry {
  listId: string;
  /** The list's name, as the reader called it. */
  list: string;
  text: string;
}
