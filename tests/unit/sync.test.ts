import { afterEach, describe, expect, it } from 'vitest';
import { isLocalHost, refuseFeedUrl } from '../../lib/feeds/address-rules';
import { syncFeed, type SyncDeps } from '../../lib/feeds/sync';
import type { FeedRecord } from '../../lib/db/records';
import { openDb, type BackstoryDb } from '../../lib/db/schema';

const RSS = (n: number) =>
  `<rss version="2.0"><channel><title>Wire</title>${Array.from({ length: n }, (_, i) => `<item><title>Story ${i}</title><link>https://news.example/${i}</link><guid>g${i}</guid><pubDate>Fri, 05 Dec 2025 10:00:00 +0000</pubDate></item>`).join('')}</channel></rss>`;

let db: BackstoryDb;
let n = 0;
afterEach(async () => db?.delete());

function setup(responses: (() => Response)[]) {
  db = openDb(`sync-test-${n++}`);
  const seen: Headers[] = [];
  const fetchImpl = (async (_url: string, init?: RequestInit) => {
    seen.push(new Headers(init?.headers));
    return (responses.shift() ?? (() => new Response('gone', { status: 500 })))();
  }) as unknown as typeof fetch;
  const deps: SyncDeps = {
    db,
    resolve: async () => ({}),
    fetch: fetchImpl,
    limits: { maxBytes: 100_000, timeoutMs: 5_000 },
    retention: { maxArticles: 1000, maxAgeDays: 3650 },
    now: () => Date.UTC(2025, 11, 6),
  };
  const feed: FeedRecord = {
    id: 'user:1',
    url: 'https://news.example/rss',
    title: 'news.example',
    origin: 'user',
    itemCount: 0,
  };
  return { deps, feed, seen };
}

describe('syncFeed', () => {
  it('writes items once, sends validators next time, and a 304 writes nothing', async () => {
    const { deps, feed, seen } = setup([
      () =>
        new Response(RSS(3), { headers: { etag: '"v1"', 'content-type': 'application/rss+xml' } }),
      () => new Response(null, { status: 304 }),
    ]);
    await db.feeds.put(feed);
    expect(await syncFeed(deps, feed)).toEqual({ ok: true, added: 3, notModified: false });
    const stored = (await db.feeds.get(feed.id))!;
    expect(stored).toMatchObject({ title: 'Wire', etag: '"v1"', itemCount: 3 });
    expect(await syncFeed(deps, stored)).toEqual({ ok: true, added: 0, notModified: true });
    expect(seen[1].get('if-none-match')).toBe('"v1"');
    expect(await db.articles.count()).toBe(3);
  });

  it('is idempotent: the same items again add nothing', async () => {
    const { deps, feed } = setup([() => new Response(RSS(2)), () => new Response(RSS(2))]);
    await db.feeds.put(feed);
    await syncFeed(deps, feed);
    expect(await syncFeed(deps, feed)).toMatchObject({ added: 0 });
    expect(await db.articles.count()).toBe(2);
  });

  it('fails alone, in words: too large, not a feed, server error, local address', async () => {
    const { deps, feed } = setup([
      () => new Response('x'.repeat(200_000)),
      () => new Response('<html>Moved</html>'),
      () => new Response('oops', { status: 503, statusText: 'Service Unavailable' }),
    ]);
    await db.feeds.put(feed);
    expect(await syncFeed(deps, feed)).toEqual({
      ok: false,
      error: expect.stringMatching(/over the 0.1 MB limit/),
    });
    expect(await syncFeed(deps, feed)).toEqual({
      ok: false,
      error: expect.stringMatching(/Not a readable/),
    });
    expect(await syncFeed(deps, feed)).toEqual({
      ok: false,
      error: 'The server answered 503 Service Unavailable.',
    });
    expect((await db.feeds.get(feed.id))?.lastError).toBe(
      'The server answered 503 Service Unavailable.',
    );
    const local = { ...feed, id: 'user:2', url: 'http://192.168.1.10/rss' };
    await db.feeds.put(local);
    expect(await syncFeed(deps, local)).toEqual({
      ok: false,
      error: expect.stringMatching(/local or private network/),
    });
    expect(await db.articles.count()).toBe(0);
  });
});

describe('address rules', () => {
  it.each([
    ['http://127.0.0.1:8080/feed', true],
    ['http://localhost/feed', true],
    ['http://10.1.2.3/', true],
    ['http://172.20.0.1/', true],
    ['http://[::1]/', true],
    ['http://169.254.169.254/latest', true],
    ['https://news.example/rss', false],
    ['http://172.32.0.1/', false],
  ])('%s local: %s', (url, local) => expect(isLocalHost(new URL(url).hostname)).toBe(local));

  it('refuses non-http schemes and credentials', () => {
    expect(refuseFeedUrl('javascript:alert(1)', true)).toMatch(/Only http/);
    expect(refuseFeedUrl('file:///etc/passwd', true)).toMatch(/Only http/);
    expect(refuseFeedUrl('https://user:pw@news.example/rss', false)).toMatch(
      /user name or password/,
    );
    expect(refuseFeedUrl('http://127.0.0.1/feed', true)).toBeNull();
  });
});

describe('retention', () => {
  it('prunes by age and then by count, oldest first, and never touches notes', async () => {
    const { pruneArticles } = await import('../../lib/db/retention');
    db = openDb(`retention-${n++}`);
    const day = 86_400_000;
    const now = Date.UTC(2026, 0, 1);
    await db.articles.bulkPut(
      Array.from({ length: 10 }, (_, i) => ({
        id: `a${i}`,
        url: `https://e.com/${i}`,
        feedId: 'f',
        title: `t${i}`,
        summary: '',
        outlet: 'o',
        publishedAt: now - i * 30 * day,
        entityIds: [],
        figureKeys: [],
        figures: [],
        fetchedAt: now,
      })),
    );
    await db.notes.add({ createdAt: now, text: 'my note' });
    expect(await pruneArticles(db, { maxArticles: 4, maxAgeDays: 200 }, now)).toBe(6);
    expect((await db.articles.orderBy('publishedAt').primaryKeys()).sort()).toEqual([
      'a0',
      'a1',
      'a2',
      'a3',
    ]);
    expect(await db.notes.count()).toBe(1);
  });
});

describe('storage full', () => {
  it('prunes older articles, writes, and reports it on the feed instead of failing', async () => {
    const { deps, feed } = setup([() => new Response(RSS(2))]);
    await db.feeds.put(feed);
    await db.articles.bulkPut(
      Array.from({ length: 6 }, (_, i) => ({
        id: `old${i}`,
        url: `https://old.example/${i}`,
        feedId: 'user:other',
        title: 'old',
        summary: '',
        outlet: 'o',
        publishedAt: Date.UTC(2025, 10, 1 + i),
        entityIds: [],
        figureKeys: [],
        figures: [],
        fetchedAt: 0,
      })),
    );
    // The first write hits the quota, as IndexedDB reports it through Dexie.
    const original = db.articles.bulkPut.bind(db.articles);
    let calls = 0;
    db.articles.bulkPut = ((...args: Parameters<typeof original>) => {
      if (calls++ === 0)
        return Promise.reject(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }));
      return original(...args);
    }) as typeof db.articles.bulkPut;
    expect(await syncFeed(deps, feed)).toMatchObject({ ok: true, added: 2 });
    expect((await db.feeds.get(feed.id))?.lastError).toMatch(/Storage was full/);
    expect(await db.articles.count()).toBe(2 + 3);
  });
});
