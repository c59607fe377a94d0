/**
 * A notebook clip: a quote (or a whole card) saved from a page, with the source it came from.
 * Plain data: stored by lib/db, shown by the notebook, written out by the exports.
 */

/** A person's name as the page gave it, split when it can be; an organisation has `literal`. */
export interface ClipAuthor {
  family?: string;
  given?: string;
  /** An organisation (or a name that cannot be split): written as it is. */
  literal?: string;
}

/** Where a clip was taken from: the page's metadata as read, then as the reader corrected it. */
export interface ClipSource {
  /** The canonical URL (http(s) only), else the page's own URL. */
  url: string;
  /** The headline, without the " | Site" tail. */
  title: string;
  /** The outlet ("Reuters", "The Guardian"). */
  outlet?: string;
  authors: ClipAuthor[];
  /** ISO 8601 date (YYYY-MM-DD or a full timestamp) the article was published. */
  published?: string;
  /** BCP 47 language tag of the page. */
  language?: string;
  /** `article-newspaper` when the page says it is a news article, else `webpage`. */
  kind: 'article-newspaper' | 'webpage';
  /** Fields that were missing or looked wrong when read, for the reader to check. */
  review: ('title' | 'outlet' | 'authors' | 'published')[];
}

/** What the clip was saved from on the page. */
export type ClipOrigin =
  | { kind: 'selection' }
  | { kind: 'entity'; entityId: string; name: string }
  | { kind: 'name'; name: string }
  | { kind: 'figure'; text: string };

/** What a page sends to save; the notebook gives it its id and dates. */
export type ClipContent = Pick<
  Clip,
  'quote' | 'before' | 'after' | 'fragmentUrl' | 'source' | 'origin' | 'note' | 'tags'
>;

/** A filter over the notebook. */
export interface ClipQuery {
  /** Words that must each appear in the quote, note, title, outlet, authors or tags. */
  text?: string;
  site?: string;
  tag?: string;
  /** ISO dates (inclusive) of the day the clip was saved. */
  from?: string;
  to?: string;
}

/** The reader's edit of a clip. */
export interface ClipEdit {
  note?: string;
  tags?: string[];
  source?: Partial<Omit<ClipSource, 'review'>>;
}

export interface Clip {
  id: string;
  /** The quote exactly as it was on the page. */
  quote: string;
  /** Text just before and after the quote, so it can be found again. */
  before: string;
  after: string;
  /** The page URL with a text fragment (`#:~:text=`) that leads to the quote. */
  fragmentUrl: string;
  source: ClipSource;
  origin: ClipOrigin;
  note: string;
  tags: string[];
  /** ISO 8601 timestamps. */
  accessed: string;
  created: string;
  updated: string;
}
