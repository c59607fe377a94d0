// @vitest-environment happy-dom
/**
 * A clip's source as read from the page: on every saved real page in ../shared compared with
 * its expected-metadata.json (Readability's title, byline and site name), and on the variants
 * pages write (JSON-LD with @graph, organisations as authors, meta tags in `value`, site tails).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bylineNames, splitPersonName } from '../../lib/text/author-names';
import { readCitationMeta, trimSiteTail } from '../../lib/text/citation-meta';
import type { ClipSource } from '../../lib/types/clip';
import { SHARED_DIR } from '../../scripts/harness/paths';

const REAL = resolve(SHARED_DIR, 'fixtures/pages/real');
const present = existsSync(REAL);
const NOW = new Date('2026-12-01T12:00:00Z');

function parse(html: string): Document {
  return new DOMParser().parseFromString(
    html.replace(/<iframe\b[\s\S]*?<\/iframe>|<link (?![^>]*canonical)[^>]*>/gi, ''),
    'text/html',
  );
}

const names = (s: ClipSource) =>
  s.authors.map((a) => a.literal ?? `${a.given ?? ''} ${a.family ?? ''}`.trim());
const plain = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Where the reading differs from Readability's, and why. Readability keeps a document title's
 * section and site tails; it takes a generic social title over the story's own.
 */
const TITLE_DIFFERS: Record<string, string> = {
  'rd-yahoo-2': "og:title is the site's own title; the document title is the story's",
  'pl-www.npr.org': "og:title is the story's headline; Readability keeps the document title",
  'pl-www.ndtv.com': 'the JSON-LD headline is longer than the visible one Readability reads',
  'pl-www.si.com': 'the JSON-LD headline differs from the visible one Readability reads',
};

/** Where Readability's byline is not a list of the authors, and why. */
const BYLINE_DIFFERS: Record<string, string> = {
  'rd-seattletimes-1': "Readability's byline is the dateline; JSON-LD names the author",
  'rd-bbc-1': "the outlet is the author; Readability's byline is the outlet's name",
};

interface Page {
  name: string;
  originalUrl?: string;
}
const pages: Page[] = present
  ? (JSON.parse(readFileSync(resolve(REAL, 'manifest.json'), 'utf8')) as Page[])
  : [];

describe.skipIf(!present)('source metadata on the real pages (../shared)', () => {
  it.each(pages.map((p) => [p.name, p] as const))('%s', (name, page) => {
    const expected = JSON.parse(
      readFileSync(resolve(REAL, name, 'expected-metadata.json'), 'utf8'),
    ) as { title: string; byline: string | null; siteName: string | null };
    const doc = parse(readFileSync(resolve(REAL, name, 'source.html'), 'utf8'));
    const pageUrl = page.originalUrl ?? 'https://example.invalid/';
    const source = readCitationMeta(doc, { pageUrl, now: NOW });

    // The title is Readability's, less a site or section tail it keeps.
    if (!(name in TITLE_DIFFERS)) {
      const rest = expected.title.slice(source.title.length);
      expect(expected.title.startsWith(source.title)).toBe(true);
      expect(rest === '' || /^\s*[|:\-–—·]/.test(rest)).toBe(true);
    }
    expect(source.title.length).toBeGreaterThan(10);
    // The first author named is in Readability's byline (which often stops at the first one).
    expect(names(source).length).toBeGreaterThan(0);
    if (expected.byline && !(name in BYLINE_DIFFERS))
      expect(plain(expected.byline)).toContain(plain(names(source)[0]));
    if (expected.siteName)
      expect(plain(source.outlet ?? '').replace(/^the /, '')).toBe(
        plain(expected.siteName).replace(/^the /, ''),
      );
    expect(source.url).toMatch(/^https?:\/\//);
    // A page that declares no article (og:type "website", no article JSON-LD) is a web page.
    expect(source.kind).toBe(name === 'rd-yahoo-2' ? 'webpage' : 'article-newspaper');
  });
});

function page(head: string, body = '<p>Text</p>'): Document {
  return parse(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`);
}
const read = (doc: Document, url = 'https://news.example.com/a/1') =>
  readCitationMeta(doc, { pageUrl: url, now: NOW });

describe('source metadata variants', () => {
  it('reads a NewsArticle inside @graph, with a person and an organisation as authors', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Example News' },
        {
          '@type': 'NewsArticle',
          headline: 'Talks resume in Geneva',
          datePublished: '2025-12-04T23:30:00-05:00',
          inLanguage: 'en-GB',
          url: 'https://news.example.com/talks',
          author: [
            { '@type': 'Person', name: 'Anna van der Berg' },
            { '@type': 'Organization', name: 'Example Wire' },
          ],
          publisher: { '@type': 'Organization', name: 'Example News' },
        },
      ],
    };
    const source = read(
      page(
        `<title>Talks resume in Geneva | Example News</title><script type="application/ld+json">${JSON.stringify(ld)}</script>`,
      ),
    );
    expect(source).toEqual({
      url: 'https://news.example.com/talks',
      title: 'Talks resume in Geneva',
      outlet: 'Example News',
      authors: [{ family: 'van der Berg', given: 'Anna' }, { literal: 'Example Wire' }],
      // The date as the page wrote it, in its own time zone (not moved to UTC's next day).
      published: '2025-12-04',
      language: 'en-GB',
      kind: 'article-newspaper',
      review: [],
    });
  });

  it('falls back to citation_*, then Open Graph, and prefers the canonical URL', () => {
    const source = read(
      page(
        `<meta name="citation_title" content="A study of tides">
         <meta name="citation_author" content="Doe, Jane"><meta name="citation_author" content="John Smith">
         <meta name="citation_publication_date" content="2024/03/05">
         <meta property="og:site_name" content="Example News">
         <link rel="canonical" href="/canonical/tides">`,
      ),
    );
    expect(source.title).toBe('A study of tides');
    expect(source.authors).toEqual([
      { family: 'Doe', given: 'Jane' },
      { family: 'Smith', given: 'John' },
    ]);
    expect(source.published).toBe('2024-03-05');
    expect(source.url).toBe('https://news.example.com/canonical/tides');
    expect(source.kind).toBe('webpage');
  });

  it('reads meta written with `value` and `name`, and cuts the site tail from the title', () => {
    const source = read(
      page(
        `<title>Flood warnings issued - Example News</title>
         <meta value="article" name="og:type"><meta value="Example News" name="og:site_name">
         <meta value="2019-01-03T07:00:02.000Z" name="article:published_time">
         <meta value="https://facebook.com/someone" name="article:author">`,
        '<p class="byline">By Maria Lopez and Tom Ng · 3 January 2019</p>',
      ),
    );
    expect(source.title).toBe('Flood warnings issued');
    expect(names(source)).toEqual(['Maria Lopez', 'Tom Ng']);
    expect(source.kind).toBe('article-newspaper');
    expect(source.review).toEqual([]);
  });

  it('flags what is missing or looks wrong, and never takes a non-http URL', () => {
    const source = read(
      page(
        `<title>Example News</title><meta property="og:site_name" content="Example News">
         <meta property="article:published_time" content="2031-01-01">
         <link rel="canonical" href="javascript:alert(1)">`,
      ),
    );
    expect(source.review).toEqual(['title', 'authors', 'published']);
    expect(source.url).toBe('https://news.example.com/a/1');
    const stranger = read(
      page('<meta property="og:site_name" content="U.S.">'),
      'https://www.wire.example/x',
    );
    expect(stranger.review).toContain('outlet');
  });
});

describe('names and titles', () => {
  it.each([
    ['Jane Doe', { family: 'Doe', given: 'Jane' }],
    ['Martin Luther King Jr.', { family: 'King, Jr.', given: 'Martin Luther' }],
    ['Ludwig van Beethoven', { family: 'van Beethoven', given: 'Ludwig' }],
    ['Doe, Jane', { family: 'Doe', given: 'Jane' }],
    ['Madonna', { literal: 'Madonna' }],
  ])('splits %s', (name, expected) => expect(splitPersonName(name)).toEqual(expected));

  it.each([
    ['By Howard Schneider, Lindsay Dunsmuir5 Min Read', ['Howard Schneider', 'Lindsay Dunsmuir']],
    ['Reporting by Ann Saphir; Editing by Chizu Nomiyama', ['Ann Saphir']],
    ['NATALIYA VASILYEVA', ['Nataliya Vasilyeva']],
    ['https://www.facebook.com/someone', []],
    ['Example News', []],
    ['S Sky', []],
  ])('reads the byline %s', (byline, expected) =>
    expect(bylineNames(byline, 'Example News')).toEqual(expected),
  );

  it.each([
    [
      "Obama admits US gun laws are his 'biggest frustration' - BBC News",
      'BBC News',
      'www.bbc.com',
      "Obama admits US gun laws are his 'biggest frustration'",
    ],
    [
      'Jury finds him guilty : The Two-Way : NPR',
      'NPR.org',
      'www.npr.org',
      'Jury finds him guilty',
    ],
    [
      'Coup: a priest steps in - to mediate',
      'The Telegraph',
      'www.telegraph.co.uk',
      'Coup: a priest steps in - to mediate',
    ],
  ])('trims the site tail of %s', (title, outlet, host, expected) =>
    expect(trimSiteTail(title, [outlet], host)).toBe(expected),
  );
});
