/**
 * What a page's JSON-LD says about its article: whether it declares one, its articleBody,
 * headline, publisher and date. The one JSON-LD reader: article detection and page meta use it.
 * Publishers' JSON-LD is often malformed (CDATA wrappers, raw newlines inside strings, HTML
 * entities, arrays, @graph, the article nested in a WebPage's mainEntity): none of it throws.
 */

/** schema.org types that are a story with a body (subtypes of Article a news page uses). */
const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'Report',
  'SatiricalArticle',
]);

/** Objects visited per page at most: a shop's 10,000-product graph is not worth walking. */
const MAX_OBJECTS = 2_000;

export interface JsonLdArticle {
  /** True when some item is an article type: evidence the page is a story, even without a body. */
  declared: boolean;
  /** The articleBody strings found: tags stripped, spaces collapsed, line breaks kept. */
  bodies: string[];
  /** The article items' headlines, to recognise the page's own <h1>. */
  headlines: string[];
  /**
   * The article items' author names of two words or more (a one-word "author" is often the
   * outlet), to recognise the byline; absent when none is given.
   */
  authors?: string[];
  /** The publisher's name: an article item's first, else any item's. */
  outlet?: string;
  /** `datePublished` in epoch ms: an article item's first, else any item's. */
  publishedAt?: number;
  /** What a citation needs, from the first article item; see `citationOf`. */
  citation?: JsonLdCitation;
}

/** The first article item's fields as written, for a notebook clip's source. */
export interface JsonLdCitation {
  /** A news article type (not a blog post or a plain Article). */
  news: boolean;
  headline?: string;
  /** Every author and creator, people and organisations, as named. */
  authors: { name: string; organization: boolean }[];
  /** `datePublished` as written (its own time zone kept). */
  published?: string;
  url?: string;
  language?: string;
}

const NEWS_TYPES = new Set([...ARTICLE_TYPES].filter((t) => t.endsWith('NewsArticle')));

/** Authors and creators with their kind: an Organization (or a publisher-like type) is not a person. */
function authorItems(value: unknown): { name: string; organization: boolean }[] {
  const found: { name: string; organization: boolean }[] = [];
  for (const p of Array.isArray(value) ? value : [value]) {
    const o = p && typeof p === 'object' ? (p as Record<string, unknown>) : null;
    const name = o ? o.name : p;
    if (typeof name !== 'string') continue;
    const clean = name.replace(/\s+/g, ' ').trim();
    if (!clean || clean.length > 200) continue;
    const types = o ? typeNames(o['@type']) : [];
    found.push({
      name: clean,
      organization: types.some((t) => t === 'Organization' || t === 'NewsMediaOrganization'),
    });
  }
  return found;
}

function citationOf(o: Record<string, unknown>, types: string[]): JsonLdCitation {
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const page = o.mainEntityOfPage;
  const pageId =
    page && typeof page === 'object' ? text((page as Record<string, unknown>)['@id']) : text(page);
  const citation: JsonLdCitation = {
    news: types.some((t) => NEWS_TYPES.has(t)),
    authors: [...authorItems(o.author), ...authorItems(o.creator)],
  };
  const headline = text(o.headline) ?? text(o.name);
  if (headline) citation.headline = headline;
  const published = text(o.datePublished);
  if (published) citation.published = published;
  const url = text(o.url) ?? pageId;
  if (url) citation.url = url;
  const language = text(o.inLanguage);
  if (language) citation.language = language;
  return citation;
}

/** The name of an item's publisher (an object, or a list of them), when it gives one. */
function publisherName(publisher: unknown): string | undefined {
  for (const p of Array.isArray(publisher) ? publisher : [publisher]) {
    const name = p && typeof p === 'object' ? (p as { name?: unknown }).name : undefined;
    if (typeof name === 'string' && name.trim()) return name.trim();
  }
  return undefined;
}

/** Person names in an item's author or creator (a string, an object, or a list of them). */
function personNames(value: unknown): string[] {
  const names: string[] = [];
  for (const p of Array.isArray(value) ? value : [value]) {
    const name = p && typeof p === 'object' ? (p as { name?: unknown }).name : p;
    if (typeof name !== 'string') continue;
    const clean = name.replace(/\s+/g, ' ').trim();
    if (clean.includes(' ') && clean.length <= 80) names.push(clean);
  }
  return names;
}

function datePublished(value: unknown): number | undefined {
  const date = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isFinite(date) ? date : undefined;
}

/** Parse one script's JSON, repairing the usual damage once before giving up. */
function parseLenient(source: string): unknown {
  try {
    return JSON.parse(source);
  } catch {
    /* try the repairs below */
  }
  const repaired = source
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
    .replace(/;\s*$/, '')
    // Raw control characters (newlines, tabs) inside strings are invalid JSON but common;
    // outside strings they are whitespace, so a space is right in both places.
    .replace(/[\u0000-\u001f]+/g, ' '); // eslint-disable-line no-control-regex
  try {
    return JSON.parse(repaired);
  } catch {
    return undefined;
  }
}

function typeNames(value: unknown): string[] {
  const names = Array.isArray(value) ? value : [value];
  // "schema:NewsArticle" and "https://schema.org/NewsArticle" name the same type.
  return names
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.slice(Math.max(t.lastIndexOf('/'), t.lastIndexOf(':')) + 1));
}

/** Body text as a reader sees it: some sites put HTML (tags, entities) in articleBody. */
function cleanBody(body: string): string {
  return body
    .replace(/<br\b[^>]*>|<\/p>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;|&#34;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
}

export function readJsonLdArticle(doc: Document): JsonLdArticle {
  const found: JsonLdArticle = { declared: false, bodies: [], headlines: [] };
  // Publisher and date of any item, used when no article item gives them.
  const anyItem: { outlet?: string; publishedAt?: number } = {};
  let visited = 0;
  // By tag name and a lenient type test: "application/ld+json; charset=utf-8" and upper case occur.
  for (const script of doc.getElementsByTagName('script')) {
    if (!/^\s*application\/ld\+json\b/i.test(script.getAttribute('type') ?? '')) continue;
    const queue: unknown[] = [parseLenient(script.textContent ?? '')];
    // Breadth first, in document order: the page's own article comes before nested ones.
    for (let i = 0; i < queue.length && visited < MAX_OBJECTS; i++) {
      const item = queue[i];
      if (Array.isArray(item)) {
        // Not push(...item): spreading a huge array overflows the argument limit.
        for (const x of item) queue.push(x);
        continue;
      }
      if (!item || typeof item !== 'object') continue;
      visited++;
      const o = item as Record<string, unknown>;
      const outlet = publisherName(o.publisher);
      const publishedAt = datePublished(o.datePublished);
      anyItem.outlet ??= outlet;
      anyItem.publishedAt ??= publishedAt;
      const types = typeNames(o['@type']);
      if (types.some((t) => ARTICLE_TYPES.has(t))) {
        found.declared = true;
        found.citation ??= citationOf(o, types);
        if (outlet !== undefined) found.outlet ??= outlet;
        if (publishedAt !== undefined) found.publishedAt ??= publishedAt;
        if (typeof o.headline === 'string') found.headlines.push(o.headline);
        for (const name of [...personNames(o.author), ...personNames(o.creator)])
          if (!found.authors?.includes(name)) (found.authors ??= []).push(name);
        if (typeof o.articleBody === 'string') {
          const body = cleanBody(o.articleBody);
          if (body) found.bodies.push(body);
        }
      }
      // Where articles nest: a graph, a page's main entity, an ItemList's elements.
      for (const key of ['@graph', 'mainEntity', 'itemListElement', 'item'])
        if (o[key] && typeof o[key] === 'object') queue.push(o[key]);
    }
  }
  if (found.outlet === undefined && anyItem.outlet !== undefined) found.outlet = anyItem.outlet;
  if (found.publishedAt === undefined && anyItem.publishedAt !== undefined)
    found.publishedAt = anyItem.publishedAt;
  return found;
}
