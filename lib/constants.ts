/** Named limits and delays, each with the reason for its value. */

/** Related articles on a card: five fit without scrolling and stay scannable. */
export const RELATED_LIMIT = 5;
/** Other figures for the same measure on a figure card. */
export const MEASURE_LIMIT = 5;
/** Pointer rest before a card's content starts loading (ms): it is then ready when the card shows. */
export const HOVER_PREFETCH_DELAY_MS = 150;
/** Pointer rest before a card opens (ms): long enough that passing over a name does nothing. */
export const HOVER_OPEN_DELAY_MS = 400;
/** Grace before a card closes after the pointer leaves name and card (ms): room to cross the gap. */
export const HOVER_CLOSE_DELAY_MS = 300;
/** Scrolling counts as stopped after this long without a scroll event (ms). */
export const SCROLL_IDLE_MS = 150;
/** The id of the pack that ships with the extension: no other pack may use it. */
export const STARTER_PACK_ID = 'starter';
/** Bundled assets imported on install. The starter pack is stored gzipped (`lib/packs/bundled-asset.ts`). */
export const STARTER_PACK_PATH = '/packs/starter.json.gz';
/** The starter pack's id and version alone (written by `npm run pack:build`). */
export const STARTER_PACK_VERSION_PATH = '/packs/starter.version.json';
/** The name model's weights, loaded once per worker start by the background. */
export const NER_MODEL_PATH = '/model/ner.bin';
export const SAMPLE_FEED_PATH = '/feeds/sample.xml';
export const SAMPLE_FEED_ID = 'bundled:sample';
/** Bumped when the bundled sample feed changes, so an update re-imports it. */
export const SAMPLE_FEED_VERSION = 2;
/** Work per slice before yielding (ms): well under the 50 ms long-task line, with room for paint. */
export const SLICE_BUDGET_MS = 8;
/** Mutations are batched for this long before a rescan (ms): live blogs change in bursts. */
export const RESCAN_DEBOUNCE_MS = 300;
/** Up to this many mentions are all registered; beyond it only those near the viewport are. */
export const PAINT_ALL_LIMIT = 3_000;
/** How far beyond the viewport ranges stay registered, in viewport heights. */
export const PAINT_MARGIN_VIEWPORTS = 1.5;
/** A page with no article is looked at again this many times as content arrives. */
export const ROOT_RETRIES = 5;
/** Blocks (paragraphs) sent to the recognizer in one message. */
export const BLOCKS_PER_BATCH = 200;
/**
 * Text in a page's first recognition request (characters): most articles fit, so their names
 * arrive in one answer and are painted once (each paint restyles the page's highlights); a long
 * page's first screens come first and the rest follows.
 */
export const FIRST_BATCH_CHARS = 16_000;
/** Minutes between syncs of a feed: news moves fast, servers deserve a rest. */
export const DEFAULT_FEED_INTERVAL_MIN = 30;
/** The interval a reader may choose: no more often than every 5 minutes, at least daily. */
export const FEED_INTERVAL_LIMITS = { minMinutes: 5, maxMinutes: 24 * 60 } as const;
/** Per-fetch limits: 5 MB covers the largest real feeds (a 730-item podcast is 1.6 MB). */
export const FEED_LIMITS = { maxBytes: 5 * 1024 * 1024, timeoutMs: 30_000 } as const;
/**
 * Items taken from one feed at a sync, first listed first (feeds list their newest first): a
 * busy wire lists a few hundred; a feed of 100,000 must not cost the reader minutes.
 */
export const FEED_ITEM_CAP = 1_000;
/** Article cache limits: enough for months of a dozen busy feeds, small enough to stay fast. */
export const RETENTION = { maxArticles: 20_000, maxAgeDays: 180 } as const;
/** Knowledge packs by URL: up to 64 MB (100,000 entities is about 40 MB), refreshed daily. */
export const PACK_LIMITS = { maxBytes: 64 * 1024 * 1024, refreshMinutes: 24 * 60 } as const;
/**
 * Caps that keep one message cheap to validate and answer: the length of an id or alias key,
 * URLs, free text (reports, notes), names, report contexts, page entities sent with a
 * card request (enough to rank related articles by).
 */
export const MESSAGE_LIMITS = {
  keyLength: 200,
  url: 4_096,
  text: 2_000,
  name: 200,
  context: 100,
  pageEntities: 50,
  /** Entity ids per names request (the settings page's list of mutes asks in batches). */
  entityNames: 500,
  /** Mentions in a page index answer: a long page's first ones, enough for any reader's list. */
  pageIndex: 5_000,
} as const;
/**
 * Related coverage of a whole page: page entities sent (a long article names a few dozen; the
 * most mentioned are sent first), candidate articles read and scored (found through the rarest
 * entities first, which are the ones that score), articles shown.
 */
export const PAGE_COVERAGE_LIMITS = {
  entities: 100,
  candidates: 1_000,
  results: 10,
  /** Mention count of one entity, as the request may state it. */
  mentions: 100_000,
} as const;
/** A notebook clip as a page may send it, and the reader's edits. */
export const CLIP_LIMITS = {
  quote: 4_000,
  context: 200,
  title: 300,
  outlet: 100,
  authors: 20,
  authorName: 200,
  note: 10_000,
  tags: 20,
  tag: 50,
  /** Clips deleted by one request. */
  deleteIds: 5_000,
  query: 200,
} as const;

/**
 * One recognize request: blocks per request (a batch is a few hundred paragraphs), characters
 * per block and in all (a 2 MB article is sent in several requests), short-form memory entries
 * carried between requests (one per person named on the page).
 */
export const RECOGNIZE_LIMITS = {
  blocks: 500,
  blockChars: 20_000,
  totalChars: 1_000_000,
  carry: 2_000,
} as const;

/** A declared page language as the recognize request carries it: a BCP 47-shaped tag, else none. */
export const LANGUAGE_TAG = /^[A-Za-z]{1,8}(?:[-_][A-Za-z0-9]{1,8})*$/;

/**
 * Watch-list matches kept per page: per list, and for all lists together. A term that matches
 * more is too broad to read anyway; past either cap matching stops and the popup says so.
 */
export const WATCH_MATCH_CAP = { perList: 1_000, total: 5_000 } as const;
