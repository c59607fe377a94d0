import { describe, expect, it } from 'vitest';
import { decodeFeedBytes } from '../../lib/feeds/decode';
import { parseFeedDate } from '../../lib/feeds/dates';
import { normalizeFeed, normalizeFeedBytes } from '../../lib/feeds/normalize-feed';

const rss = (items: string, head = '') =>
  `<?xml version="1.0"?>${head}<rss version="2.0"><channel><title>T</title>${items}</channel></rss>`;

describe('hostile feeds', () => {
  it('never expands DOCTYPE entities (billion laughs)', () => {
    const lol =
      '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>';
    const started = performance.now();
    let title = '';
    try {
      title =
        normalizeFeed(rss('<item><title>&d;</title><link>https://e.com/1</link></item>', lol))
          .items[0]?.title ?? '';
    } catch (error) {
      expect(String(error)).toMatch(/Not a readable/);
    }
    expect(title.length).toBeLessThan(100);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('drops javascript:, data: and other non-http links, and renders no markup', () => {
    const feed = normalizeFeed(
      rss(`<item><title>&lt;img src=x onerror=alert(1)&gt;Hi</title><link>javascript:alert(1)</link></item>
           <item><title>Data</title><link>data:text/html,hi</link></item>
           <item><title>&lt;script&gt;alert(1)&lt;/script&gt;Safe</title><link>https://e.com/ok</link><description>&lt;b&gt;bold&lt;/b&gt; text</description></item>`),
    );
    expect(feed.items.map((i) => i.url)).toEqual(['https://e.com/ok']);
    expect(feed.items[0].title).toBe('Safe');
    expect(feed.items[0].summary).toBe('bold text');
  });

  it('survives deep nesting and very long text in bounded time', () => {
    const deep = '<x>'.repeat(20_000) + '</x>'.repeat(20_000);
    const started = performance.now();
    try {
      normalizeFeed(
        rss(
          `<item><title>Deep</title><link>https://e.com/d</link><description>${deep}</description></item>`,
        ),
      );
    } catch (error) {
      expect(String(error)).toMatch(/Not a readable/);
    }
    const long = normalizeFeed(
      rss(`<item><title>${'Long '.repeat(100_000)}</title><link>https://e.com/l</link></item>`),
    );
    expect(long.items[0].title.length).toBeLessThanOrEqual(300);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('refuses what is not a feed with one readable line', () => {
    for (const text of ['', 'hello', '<html><body>Moved</body></html>', '{"not":"a feed"}']) {
      expect(() => normalizeFeed(text)).toThrow(/^Not a readable RSS, Atom or JSON feed/);
    }
    expect(() => normalizeFeedBytes(new Uint8Array([0x1f, 0x8b, 8, 0]))).toThrow(/gzip/);
  });

  it('salvages the complete items of a truncated XML feed', () => {
    const cut = rss(
      '<item><title>One</title><link>https://e.com/1</link></item><item><title>Two</title><link>https://e.com/2</link></item>',
    ).slice(0, -'</channel></rss>'.length);
    const feed = normalizeFeed(`${cut}<item><title>Thr`);
    expect(feed.items.map((i) => i.title)).toEqual(['One', 'Two']);
    expect(feed.salvaged).toBe(true);
  });
});

describe('decoding', () => {
  it('uses the BOM, then the HTTP charset, then the prolog, and trusts valid UTF-8 over labels', () => {
    expect(decodeFeedBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).text).toBe('A');
    const latin = new Uint8Array([
      ...new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><a>'),
      0xe9,
      ...new TextEncoder().encode('</a>'),
    ]);
    expect(decodeFeedBytes(latin).text).toContain('é');
    const utf8Mislabelled = new TextEncoder().encode(
      '<?xml version="1.0" encoding="ISO-8859-1"?><a>©</a>',
    );
    expect(decodeFeedBytes(utf8Mislabelled).text).toContain('©');
    const cp1251 = new Uint8Array([0xcf, 0xf3, 0xf2, 0xe8, 0xed]);
    expect(decodeFeedBytes(cp1251, 'windows-1251').text).toBe('Путин');
  });
});

describe('dates', () => {
  const now = Date.UTC(2026, 0, 1);
  it.each([
    ['Tue, 02 Dec 2025 18:10:00 +0000', Date.UTC(2025, 11, 2, 18, 10)],
    ['Seg, 24 Set 2018 19:42:40 -0300', Date.UTC(2018, 8, 24, 22, 42, 40)],
    ['Sun, 10 Dec 17 12:00:00 +0000', Date.UTC(2017, 11, 10, 12)],
    ['Mon, 01 Jul 2019 10:00:00 PST', Date.UTC(2019, 6, 1, 18)],
    ['2024-03-01T10:00:00.123456789Z', Date.UTC(2024, 2, 1, 10, 0, 0, 123)],
    ['not a date', 0],
    ['2999-01-01T00:00:00Z', 0],
    ['', 0],
  ])('%s', (raw, ms) => expect(parseFeedDate(raw, now)).toBe(ms));
});
