/**
 * The source of a notebook clip, read from the page: JSON-LD (`NewsArticle`, `@graph` included)
 * first, then Highwire `citation_*` tags, Open Graph, `article:*` and byline meta tags, in that
 * order, each field from the first place that gives it. Fields that are missing or look wrong
 * are listed in `review` for the reader to check; nothing here is trusted beyond its shape.
 */
import type { ClipAuthor, ClipSource } from '../types/clip';
import { authorOf, bylineNames } from './author-names';
import { readJsonLdArticle } from './json-ld';
import { readMetaTags } from './meta-tags';

const MAX_TITLE = 300;
const MAX_AUTHORS = 20;

/** An absolute http(s) URL, or undefined. */
function httpUrl(value: string | null | undefined, base: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** `YYYY-MM-DD` as the page wrote it (its own time zone), else the parsed date's, else undefined. */
export function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const written = /^(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(value.trim());
  if (written && Number.isFinite(Date.parse(written[1]))) return written[1];
  const parsed = Date.parse(value);
  return Number.isFinite(parsed) ? new Date(parsed).toISOString().slice(0, 10) : undefined;
}

const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' : ', ' :: ', ' · ', ' / '];

/**
 * The headline without its site tail: "Headline | The Outlet", "Headline - BBC News",
 * "Headline : Section : NPR", "Headline | Author Name". A tail is cut when it names the outlet,
 * the host or an author.
 */
export function trimSiteTail(title: string, names: (string | undefined)[], host: string): string {
  const plain = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const site = [...names, host.replace(/^www\./, '').split('.')[0]]
    .filter((s): s is string => !!s)
    .map(plain)
    .filter((s) => s.length >= 2);
  let current = title.trim();
  for (let guard = 0; guard < 3; guard++) {
    let cut = -1;
    let width = 0;
    for (const sep of SEPARATORS) {
      const at = current.lastIndexOf(sep);
      if (at > cut) [cut, width] = [at, sep.length];
    }
    if (cut <= 0) break;
    const tail = plain(current.slice(cut + width));
    const named = site.some((s) => tail.includes(s) || s.includes(tail));
    if (!named) break;
    current = current.slice(0, cut).trim();
    // "Headline : Section : NPR": a section between the headline and the outlet goes too.
    const section = current.lastIndexOf(' : ');
    if (section > 0 && current.length - section <= 30) current = current.slice(0, section).trim();
  }
  return current;
}

function cleanTitle(value: string | undefined): string | undefined {
  const clean = value?.replace(/\s+/g, ' ').trim();
  return clean ? clean.slice(0, MAX_TITLE) : undefined;
}

/** An author list that looks wrong: too many, or a "name" with digits, a URL or too many words. */
function authorsLookWrong(authors: ClipAuthor[]): boolean {
  return authors.some((a) => {
    const text = a.literal ?? `${a.given ?? ''} ${a.family ?? ''}`;
    return /\d|https?:|@/.test(text) || text.trim().split(/\s+/).length > 6;
  });
}

/** Byline elements of one kind read at most, when no metadata names an author. */
const MAX_BYLINE_ELEMENTS = 6;
/** Elements marked "author" or "byline" read at most: page chrome uses the words too. */
const MAX_MARKED_ELEMENTS = 40;

/**
 * Bylines in the page itself, the last resort when no metadata names an author, as groups read
 * in turn: author links (`rel=author`, one name each), schema.org microdata (`itemprop=author`),
 * then each element marked as a byline or author (class or id, as Readability looks for them).
 */
function pageBylines(doc: Document): string[][] {
  const text = (el: Element | null | undefined) =>
    (el?.getAttribute('content') ?? el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const some = (
    els: Iterable<Element>,
    read: (el: Element) => string,
    max = MAX_BYLINE_ELEMENTS,
  ) => {
    const texts: string[] = [];
    for (const el of els) {
      const t = read(el);
      if (t && t.length <= 200 && !texts.includes(t)) texts.push(t);
      if (texts.length >= max) break;
    }
    return texts;
  };
  const links = some(doc.querySelectorAll('a[rel~="author" i]'), text);
  const micro = some(doc.querySelectorAll('[itemprop~="author"]'), (el) =>
    text(el.querySelector('[itemprop~="name"]') ?? el),
  );
  const marked = some(
    doc.querySelectorAll(
      '[class*="byline" i], [id*="byline" i], [class*="author" i], [id*="author" i]',
    ),
    text,
    MAX_MARKED_ELEMENTS,
  );
  return [links, micro, ...marked.map((t) => [t])];
}

/** An outlet name that does not match the page's host (neither by name nor by initials). */
function outletLooksWrong(outlet: string, host: string): boolean {
  const plain = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const site = plain(host.replace(/^www\./, '').split('.')[0]);
  const words = outlet
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && w !== 'the');
  const initials = words.map((w) => w[0]).join('');
  return !(
    plain(outlet).includes(site) ||
    site.includes(plain(outlet)) ||
    words.some((w) => w.length > 3 && site.includes(w)) ||
    site === initials
  );
}

export interface CitationMetaOptions {
  /** The page's own URL (the fallback for the canonical one, and the base for relative ones). */
  pageUrl: string;
  /** Now, to flag a publication date in the future. */
  now: Date;
}

export function readCitationMeta(doc: Document, options: CitationMetaOptions): ClipSource {
  const { pageUrl } = options;
  const ld = readJsonLdArticle(doc);
  const cite = ld.citation;
  const meta = readMetaTags(doc);
  const first = (...keys: string[]) => keys.map((k) => meta(k)[0]).find((v) => v !== undefined);
  const host = (() => {
    try {
      return new URL(pageUrl).hostname;
    } catch {
      return '';
    }
  })();
  const review: ClipSource['review'] = [];

  const outletRead =
    ld.outlet ??
    first('citation_publisher', 'citation_journal_title', 'og:site_name', 'application-name');
  const outlet = outletRead?.replace(/\s+/g, ' ').trim().slice(0, 100) || undefined;
  if (!outlet || outletLooksWrong(outlet, host)) review.push('outlet');

  // A headline field is the headline; a document title carries the site's tail.
  const fromField = cleanTitle(cite?.headline) ?? cleanTitle(first('citation_title'));
  // A social title that is only the site's name ("Example News - Latest Headlines") is not the story's.
  const social = [first('og:title'), first('twitter:title')]
    .map(cleanTitle)
    .find((t) => t && (!outlet || t.toLowerCase() !== outlet.toLowerCase()));
  const fromTitle = social ?? cleanTitle(doc.title);

  let authors: ClipAuthor[] = [];
  if (cite?.authors.length)
    authors = cite.authors.map((a) => authorOf(a.name, a.organization, outlet));
  else {
    const names = [
      ...meta('citation_author'),
      ...[...meta('article:author'), ...meta('og:article:author')].filter(
        (v) => !/^[a-z]+:\/\//i.test(v),
      ),
      ...meta('author'),
      ...meta('byl'),
      ...meta('parsely-author'),
      ...meta('sailthru.author'),
      ...meta('dc.creator'),
    ];
    const seen = new Set<string>();
    for (const name of names.flatMap((n) => {
      const people = bylineNames(n, outlet);
      // A byline naming nobody may still be an organisation ("BBC News").
      return people.length ? people : /^[a-z]+:\/\//i.test(n) ? [] : [n];
    })) {
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      authors.push(authorOf(name, false, outlet));
    }
  }
  // The first page byline that names someone (a wrapper's text holds dates and links too).
  if (!authors.length)
    for (const group of pageBylines(doc)) {
      const names = [...new Set(group.flatMap((byline) => bylineNames(byline, outlet)))];
      authors = names.map((name) => authorOf(name, false, outlet));
      if (authors.length) break;
    }
  authors = authors.slice(0, MAX_AUTHORS);
  // "Headline | Author Name": a tail naming an author is not part of the headline.
  const authorNames = authors.map((a) => a.literal ?? `${a.given ?? ''} ${a.family ?? ''}`.trim());
  const title =
    fromField ?? (fromTitle && trimSiteTail(fromTitle, [outlet, ...authorNames], host)) ?? '';
  if (!title || (outlet && title.toLowerCase() === outlet.toLowerCase())) review.push('title');
  if (!authors.length || authorsLookWrong(authors)) review.push('authors');

  const published = isoDate(
    cite?.published ??
      first(
        'citation_publication_date',
        'citation_date',
        'article:published_time',
        'og:article:published_time',
        'datepublished',
        'date',
        'dc.date',
      ) ??
      doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
      undefined,
  );
  if (
    !published ||
    Date.parse(published) > options.now.getTime() + 86_400_000 ||
    published < '1990-01-01'
  )
    review.push('published');

  const canonical = doc.querySelector<HTMLLinkElement>('link[rel~="canonical" i]');
  const url =
    httpUrl(canonical?.getAttribute('href'), pageUrl) ??
    httpUrl(first('og:url', 'citation_public_url'), pageUrl) ??
    httpUrl(cite?.url, pageUrl) ??
    httpUrl(pageUrl, pageUrl) ??
    '';

  const locale = first('og:locale')?.replace('_', '-');
  const language =
    cite?.language ??
    doc.documentElement?.getAttribute('lang')?.trim() ??
    first('citation_language', 'content-language', 'dc.language') ??
    locale;

  const news = cite?.news || first('og:type')?.toLowerCase() === 'article';
  return {
    url,
    title,
    ...(outlet ? { outlet } : {}),
    authors,
    ...(published ? { published } : {}),
    ...(language ? { language: language.slice(0, 35) } : {}),
    kind: news ? 'article-newspaper' : 'webpage',
    review,
  };
}
