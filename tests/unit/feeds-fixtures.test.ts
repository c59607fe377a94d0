/**
 * Every real feed in ../shared/fixtures/feeds parses, or fails with the error its name predicts;
 * oddities (charsets, relative links, localised and missing dates, truncation) come out right.
 * Skips with a one-line message where ../shared is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeFeedBytes } from '../../lib/feeds/normalize-feed';

const DIR = resolve(import.meta.dirname, '../../../shared/fixtures/feeds');
const present = existsSync(DIR);
if (!present) console.log(`skipping feed fixture tests: ${DIR} is absent`);
const files = present
  ? ['rss', 'atom', 'rdf', 'json', 'odd', 'malformed'].flatMap((d) =>
      readdirSync(join(DIR, d)).map((f) => `${d}/${f}`),
    )
  : [];
const read = (f: string, url?: string) =>
  normalizeFeedBytes(new Uint8Array(readFileSync(join(DIR, f))), { url });

/** Files that must fail, and the error each must give. */
const FAILS: Record<string, RegExp> = {
  'malformed/node-feedparser__invalid-characters-gzipped.xml': /gzip-compressed/,
  'malformed/rss-parser__unrecognized.rss': /Not a readable RSS, Atom or JSON feed/,
  'malformed/fastfeedparser__7ef13a42fa7e177a__dylanharris-artsandego.xml':
    /Not a readable RSS, Atom or JSON feed/,
};

describe.skipIf(!present)('real feeds (../shared/fixtures/feeds)', () => {
  it.each(files.filter((file) => FAILS[file]))('%s is refused with a reason', (file) => {
    expect(() => read(file)).toThrow(FAILS[file]);
  });

  it.each(files.filter((file) => !FAILS[file]))('%s', (file) => {
    const feed = read(file, 'https://feeds.example.org/path/feed.xml');
    expect(feed.title.length).toBeGreaterThan(0);
    for (const item of feed.items) {
      expect(item.url).toMatch(/^https?:\/\//);
      expect(item.title + item.summary).not.toMatch(/<\/?[a-z][^>]*>/i);
      expect(item.publishedAt).toBeGreaterThanOrEqual(0);
    }
    // One malformed fixture is readable but holds no item at all.
    expect(feed.items.length > 0).toBe(file !== 'malformed/feed-rs__rss_2.0_invalid_1.xml');
  });

  it('decodes declared and undeclared legacy charsets', () => {
    expect(read('odd/node-feedparser__iconv.xml').items[0].title).toMatch(/[а-яА-Я]/);
    expect(read('odd/prof18-RSS-Parser__feed-test-greek.xml').title).toMatch(/[α-ωΑ-Ω]/);
    expect(read('odd/RSParser__kc0011.rss').title).toMatch(/[\u4e00-\u9fff]/);
    expect(
      read('odd/rss-parser__encoding.rss').items.some((i) => /[ãçéó]/.test(i.title + i.summary)),
    ).toBe(true);
    expect(
      read('malformed/rss-parser__uolNoticias.rss').items.some((i) =>
        /[ãçéóí]/.test(i.title + i.summary),
      ),
    ).toBe(true);
    expect(read('odd/node-feedparser__mediacontent-dupes.xml').encoding).toBe('utf-8');
  });

  it('reads localised, slashed and two-digit-year dates, and leaves missing ones unknown', () => {
    expect(
      read('malformed/rss-parser__uolNoticias.rss').items.every(
        (i) => i.publishedAt > Date.UTC(2018, 0, 1),
      ),
    ).toBe(true);
    expect(
      read('odd/RSParser__kc0011.rss').items.every((i) => i.publishedAt > Date.UTC(2019, 0, 1)),
    ).toBe(true);
    expect(
      read('odd/node-feedparser__rss-with-relative-urls.xml').items.every(
        (i) => new Date(i.publishedAt).getUTCFullYear() === 2017,
      ),
    ).toBe(true);
    expect(read('odd/miniflux__rdf_UTF8.xml').items.every((i) => i.publishedAt === 0)).toBe(true);
  });

  it('resolves relative links against the feed URL', () => {
    const feed = read(
      'odd/node-feedparser__rss-with-relative-urls.xml',
      'https://www.arcgames.com/en/feed',
    );
    expect(feed.items[0].url).toMatch(
      /^https:\/\/www\.arcgames\.com\/en\/games\/neverwinter\/news\/detail\//,
    );
  });

  it('salvages the complete items of a truncated JSON feed', () => {
    const feed = read('malformed/RSParser__allthis-partial.json');
    expect(feed.salvaged).toBe(true);
    expect(feed.items.length).toBeGreaterThan(0);
  });
});
