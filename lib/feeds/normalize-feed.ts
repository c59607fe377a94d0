/**
 * Parse a feed with feedsmith (RSS 2.0, RSS 1.0/RDF, Atom 1.0, JSON Feed) and normalise its
 * items to one shape: http(s) links resolved against the feed URL, plain-text title and summary,
 * a date in epoch ms (0 when missing or unreadable, so a bad date never makes an item "new").
 */
import { parseFeed } from 'feedsmith';
import { errorMessage } from '../errors';
import { parseFeedDate } from './dates';
import { decodeFeedBytes } from './decode';
import { htmlToText } from './html-to-text';
import { firstXmlItems, salvageJson, salvageXml } from './salvage';
import { canonicalUrl, safeHttpUrl } from './urls';

export interface NormalizedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  publishedAt: number;
  guid?: string;
}

export interface NormalizedFeed {
  format: string;
  /** True when the feed was cut off and only its complete items were kept. */
  salvaged?: boolean;
  title: string;
  link?: string;
  language?: string;
  items: NormalizedItem[];
}

type Loose = Record<string, unknown>;
const asRecord = (v: unknown): Loose => (v && typeof v === 'object' ? (v as Loose) : {});
const asString = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Atom text constructs may be objects ({ value }) rather than strings. */
function textOf(v: unknown): string {
  if (typeof v === 'string') return v;
  const r = asRecord(v);
  return asString(r.value) ?? asString(r['#text']) ?? '';
}

/** The first readable date among the candidates (pubDate, published, updated, ...), else 0. */
function parseDate(...candidates: unknown[]): number {
  for (const c of candidates) {
    const ms = parseFeedDate(c);
    if (ms) return ms;
  }
  return 0;
}

function atomLink(links: unknown): string | undefined {
  if (!Array.isArray(links)) return undefined;
  const alt = links.map(asRecord).find((l) => !l.rel || l.rel === 'alternate');
  return asString(alt?.href);
}

function normalizeItem(raw: unknown, base: string | undefined): NormalizedItem | null {
  const it = asRecord(raw);
  const dc = asRecord(it.dc);
  const guidRaw = it.guid ?? it.id;
  const guid = asString(guidRaw) ?? asString(asRecord(guidRaw).value);
  const link = safeHttpUrl(
    asString(it.link) ??
      asString(it.url) ??
      atomLink(it.links) ??
      (guid && /^https?:/i.test(guid) ? guid : undefined),
    base,
  );
  if (!link) return null; // An item we cannot link to cannot be a related article.
  const title = htmlToText(textOf(it.title), 300);
  const summary = htmlToText(
    textOf(it.description) ||
      textOf(it.summary) ||
      textOf(it.content_text) ||
      textOf(it.content_html) ||
      textOf(it.content),
    600,
  );
  if (!title && !summary) return null;
  return {
    id: canonicalUrl(link),
    url: link,
    guid: guid?.slice(0, 500),
    title: title || summary.slice(0, 120),
    summary,
    publishedAt: parseDate(
      it.pubDate,
      it.published,
      it.updated,
      it.date_published,
      it.date_modified,
      dc.date,
    ),
  };
}

/** feedsmith on text; on failure or no items, on what can be salvaged of a cut-off feed. */
function parseWithSalvage(text: string): { format: string; feed: unknown; salvaged: boolean } {
  let firstError: unknown;
  try {
    const parsed = parseFeed(text) as { format: string; feed: unknown };
    const f = asRecord(parsed.feed);
    const count =
      (Array.isArray(f.items) ? f.items.length : 0) +
      (Array.isArray(f.entries) ? f.entries.length : 0);
    if (count > 0 || !/<\/(item|entry)>/.test(text)) return { ...parsed, salvaged: false };
  } catch (error) {
    firstError = error;
  }
  const trimmed = text.trimStart();
  const rescued = trimmed.startsWith('{') ? salvageJson(trimmed) : salvageXml(text);
  if (rescued) {
    try {
      return {
        ...(parseFeed(rescued as string) as { format: string; feed: unknown }),
        salvaged: true,
      };
    } catch {
      /* fall through to the first error */
    }
  }
  const reason = firstError === undefined ? 'no items' : errorMessage(firstError);
  throw new Error(`Not a readable RSS, Atom or JSON feed (${reason})`);
}

/**
 * Parse feed text. Throws an Error with a one-line message when it is not a feed at all. Only
 * the first `maxItems` distinct items are kept (feeds list their newest first).
 */
export function normalizeFeed(
  text: string,
  feedUrl?: string,
  maxItems: number = Infinity,
): NormalizedFeed {
  // A long XML feed is parsed only as far as the items kept; the whole text if that fails.
  const head = Number.isFinite(maxItems) ? firstXmlItems(text, maxItems) : null;
  let parsed: ReturnType<typeof parseWithSalvage> | undefined;
  if (head)
    try {
      parsed = { ...parseWithSalvage(head), salvaged: false };
    } catch {
      /* parsed whole below */
    }
  parsed ??= parseWithSalvage(text);
  const feed = asRecord(parsed.feed);
  const link = safeHttpUrl(
    asString(feed.link) ?? asString(feed.home_page_url) ?? atomLink(feed.links),
    feedUrl,
  );
  const rawItems = Array.isArray(feed.items)
    ? feed.items
    : Array.isArray(feed.entries)
      ? feed.entries
      : [];
  const items: NormalizedItem[] = [];
  const seen = new Set<string>();
  for (const raw of rawItems) {
    if (items.length >= maxItems) break;
    const item = normalizeItem(raw, feedUrl ?? link);
    if (item && !seen.has(item.id)) {
      seen.add(item.id);
      items.push(item);
    }
  }
  return {
    format: parsed.format,
    salvaged: parsed.salvaged || undefined,
    title: htmlToText(textOf(feed.title), 200) || (feedUrl ?? 'Untitled feed'),
    link,
    language: asString(feed.language),
    items,
  };
}

/** Bytes as fetched (or read from a file) to a normalised feed: decoding is ours, parsing feedsmith's. */
export function normalizeFeedBytes(
  bytes: Uint8Array,
  options: { url?: string; charset?: string; maxItems?: number } = {},
): NormalizedFeed & { encoding: string } {
  const { text, encoding } = decodeFeedBytes(bytes, options.charset);
  return { ...normalizeFeed(text, options.url, options.maxItems), encoding };
}
