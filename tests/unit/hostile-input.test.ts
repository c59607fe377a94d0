/**
 * Hostile pages, packs and feeds (issue 14): each row is an attack and what must come of it.
 * The fakes behave as a browser does where it matters: a fetch left to follow redirects follows
 * them itself (so a redirect the code does not check reaches its target), and one told
 * `redirect: 'manual'` hands the redirect back.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPackManager } from '../../lib/background/pack-manager';
import { createRecognizerHost } from '../../lib/background/recognizer-host';
import { resolveAliases } from '../../lib/db/entities';
import type { FeedRecord } from '../../lib/db/records';
import { openDb, type BackstoryDb } from '../../lib/db/schema';
import { refuseFeedUrl } from '../../lib/feeds/address-rules';
import { normalizeFeed } from '../../lib/feeds/normalize-feed';
import { syncFeed, type SyncDeps } from '../../lib/feeds/sync';
import { importPack } from '../../lib/packs/import-pack';
import { recognizeTexts } from '../../lib/recognize/recognize-texts';
import { DEFAULT_SETTINGS, isMutedFor, muteOnSite } from '../../lib/rules/settings';
import type { EntityHit } from '../../lib/types/mention';
import type { PackImportResult } from '../../lib/types/status';
import { testEntity } from './pack-fixtures';

const NOW = Date.UTC(2026, 0, 10, 12);
const HOUR = 3_600_000;
let db: BackstoryDb;
let n = 0;
const fresh = () => (db = openDb(`hostile-${n++}`));
afterEach(async () => db?.delete());

// ---------------------------------------------------------------------------------------------
// Fakes

type Route = (url: string) => Response;

/** A fetch over a table of routes that follows redirects itself unless told 'manual'. */
function fakeNet(routes: Record<string, Route>) {
  const requested: string[] = [];
  const one = (url: string) => {
    requested.push(url);
    const route = Object.hasOwn(routes, url) ? routes[url] : undefined;
    return route ? route(url) : new Response('not found', { status: 404 });
  };
  const fetchImpl = (async (input: string, init?: RequestInit) => {
    let url = String(input);
    for (let hop = 0; hop < 10; hop++) {
      const response = one(url);
      const location = response.headers.get('location');
      if (init?.redirect === 'manual' || !location || response.status < 300) return response;
      url = new URL(location, url).href;
    }
    throw new TypeError('too many redirects');
  }) as unknown as typeof fetch;
  return { fetchImpl, requested };
}

/** What a browser hands an extension for a redirect it was told to leave to the caller. */
const opaque = () =>
  Object.defineProperty(new Response(null), 'type', { value: 'opaqueredirect' }) as Response;

const redirect =
  (to: string): Route =>
  () =>
    new Response(null, { status: 302, headers: { location: to } });

const rss = (items: { id: string; title: string; date: number }[]) =>
  `<rss version="2.0"><channel><title>Wire</title>${items
    .map(
      (i) =>
        `<item><title>${i.title}</title><link>https://${i.id}</link><guid>${i.id}</guid><pubDate>${new Date(i.date).toUTCString()}</pubDate></item>`,
    )
    .join('')}</channel></rss>`;

const items = (host: string, count: number, date: (i: number) => number) =>
  Array.from({ length: count }, (_, i) => ({
    id: `${host}/${i}`,
    title: `Story ${i} from ${host}`,
    date: date(i),
  }));

const feedRecord = (id: string, url: string): FeedRecord => ({
  id,
  url,
  title: id,
  origin: 'user',
  itemCount: 0,
});

function syncDeps(
  fetchImpl: typeof fetch,
  extra: Partial<SyncDeps> = {},
  maxArticles = 100_000,
): SyncDeps {
  return {
    db,
    resolve: (keys) => resolveAliases(db, keys),
    fetch: fetchImpl,
    limits: { maxBytes: 5 * 1024 * 1024, timeoutMs: 5_000 },
    retention: { maxArticles, maxAgeDays: 365 },
    now: () => NOW,
    ...extra,
  };
}

const packOf = (id: string, version: number, entities: unknown[], deletes: string[] = []) => ({
  format: 'backstory-pack/1',
  id,
  version,
  title: `Pack ${id}`,
  generated: '2026-01-01T00:00:00Z',
  licence: 'CC0',
  attribution: 'Tests',
  sources: [{ id: 'test', name: 'Test', url: 'https://example.com/', licence: 'CC0' }],
  entities,
  deletes,
});
const ent = (id: string, name: string, aliases: string[] = []) =>
  testEntity('x', name, { id, aliases });

function packManager(fetchImpl?: typeof fetch) {
  const alarms = {
    create: async () => undefined,
    clear: async () => true,
    get: async () => undefined,
  };
  const aliases = {
    invalidate: () => undefined,
  } as unknown as Parameters<typeof createPackManager>[0]['aliases'];
  return createPackManager({ db, aliases, alarms, fetch: fetchImpl });
}

// ---------------------------------------------------------------------------------------------
// 3. A pack overwrites other packs.

describe('3. a pack cannot touch another pack', () => {
  const alpha = () =>
    importPack(db, packOf('alpha', 1, [ent('alpha:kyiv', 'Kyiv'), ent('alpha:odesa', 'Odesa')]));

  it.each<[string, () => Promise<unknown>, () => Promise<void>]>([
    [
      'deletes another pack’s entity',
      () => importPack(db, packOf('evil', 1, [ent('evil:a', 'Lviv')], ['alpha:kyiv'])),
      async () => expect((await db.entities.get('alpha:kyiv'))?.packId).toBe('alpha'),
    ],
    [
      'takes over another pack’s entity by its id',
      () => importPack(db, packOf('evil', 1, [ent('alpha:kyiv', 'Kyiv', ['Lies'])])),
      async () =>
        expect(await db.entities.get('alpha:kyiv')).toMatchObject({
          packId: 'alpha',
          aliases: ['Kyiv'],
        }),
    ],
    [
      'claims an id under another installed pack’s prefix',
      () => importPack(db, packOf('evil', 1, [ent('alpha:lviv', 'Lviv')])),
      async () => expect(await db.entities.get('alpha:lviv')).toBeUndefined(),
    ],
    [
      'claims an id under the starter pack’s prefix',
      () => importPack(db, packOf('evil', 1, [ent('starter:lviv', 'Lviv')])),
      async () => expect(await db.entities.get('starter:lviv')).toBeUndefined(),
    ],
    [
      'declares the id “starter” with a high version',
      () => packManager().importText(JSON.stringify(packOf('starter', 999, [ent('s:x', 'Lviv')]))),
      async () => expect(await db.packs.get('starter')).toBeUndefined(),
    ],
  ])('a pack that %s is kept to itself', async (_attack, attack, outcome) => {
    fresh();
    await alpha();
    await attack();
    await outcome();
    // Alpha's own entities are whole.
    expect((await db.entities.where('packId').equals('alpha').count()) >= 2).toBe(true);
  });

  it('a pack added by URL cannot change its id at its daily refresh', async () => {
    fresh();
    let served = packOf('news', 1, [ent('news:kyiv', 'Kyiv')]);
    const { fetchImpl } = fakeNet({
      'https://packs.example/news.json': () => new Response(JSON.stringify(served)),
    });
    const manager = packManager(fetchImpl);
    expect(await manager.addUrl('https://packs.example/news.json', false)).toMatchObject({
      ok: true,
      packId: 'news',
    });
    served = packOf('alpha', 2, [ent('alpha:kyiv', 'Kyiv', ['Lies'])]);
    await manager.onAlarm('pack:news');
    expect(await db.packs.get('alpha')).toBeUndefined();
    expect((await db.packs.toArray()).map((p) => p.id)).toEqual(['news']);
  });
});

// ---------------------------------------------------------------------------------------------
// 4. Inherited property names.

const KYIV: EntityHit = { id: 'kyiv', type: 'place', name: 'Kyiv', prominence: 1 };
/** A lookup as a plain object literal, the way a resolver naturally builds one. */
const plainResolver = async (keys: string[]): Promise<Record<string, EntityHit[]>> =>
  keys.includes('kyiv') ? { kyiv: [KYIV] } : {};

describe('4. inherited property names are not entries', () => {
  it.each([['Constructor']])(
    'the word “%s” on a page leaves the other highlights in place',
    async (word) => {
      const host = createRecognizerHost({
        resolve: plainResolver,
        loadModel: () => Promise.reject(new Error('no model in this test')),
        report: () => undefined,
      });
      const { mentions } = await host.recognizeBlocks([
        { start: 0, text: `${word} crews arrived in Kyiv on Tuesday.` },
      ]);
      expect(mentions.map((m) => m.text)).toContain('Kyiv');
    },
  );

  it.each([['Constructor']])(
    'a feed item containing “%s” is indexed with its names',
    async (word) => {
      const [mentions] = await recognizeTexts([`${word} firm wins in Kyiv`], plainResolver);
      expect(mentions.map((m) => m.entityId)).toContain('kyiv');
    },
  );

  it('a feed item containing “Constructor” does not cost the feed its items', async () => {
    fresh();
    await importPack(db, packOf('alpha', 1, [ent('alpha:kyiv', 'Kyiv')]));
    const { fetchImpl } = fakeNet({
      'https://wire.example/rss': () =>
        new Response(
          rss([
            { id: 'wire.example/1', title: 'Constructor wins Kyiv contract', date: NOW - HOUR },
            { id: 'wire.example/2', title: 'Markets calm', date: NOW - HOUR },
          ]),
        ),
    });
    const feed = feedRecord('user:wire', 'https://wire.example/rss');
    await db.feeds.put(feed);
    expect(await syncFeed(syncDeps(fetchImpl), feed)).toMatchObject({ ok: true, added: 2 });
    expect((await db.articles.get('https://wire.example/1'))?.entityIds).toEqual(['alpha:kyiv']);
  });

  it.each([['constructor'], ['__proto__'], ['toString'], ['hasOwnProperty']])(
    'a site whose host is “%s” can be muted and checked',
    (host) => {
      expect(isMutedFor(DEFAULT_SETTINGS, host, 'kyiv')).toBe(false);
      const muted = muteOnSite(DEFAULT_SETTINGS, host, 'kyiv');
      expect(isMutedFor(muted, host, 'kyiv')).toBe(true);
      expect(isMutedFor(muted, 'other.example', 'kyiv')).toBe(false);
    },
  );
});

// ---------------------------------------------------------------------------------------------
// 5. One feed evicts the others.

describe('5. one feed cannot evict the others or grow without bound', () => {
  async function twoFeeds(flood: number, ahead: number, maxArticles: number) {
    fresh();
    const routes: Record<string, Route> = {
      'https://quiet.example/rss': () =>
        new Response(rss(items('quiet.example', 30, (i) => NOW - (i + 1) * HOUR))),
      'https://flood.example/rss': () =>
        new Response(rss(items('flood.example', flood, () => NOW + ahead))),
    };
    const { fetchImpl } = fakeNet(routes);
    const deps = syncDeps(fetchImpl, {}, maxArticles);
    const quiet = feedRecord('user:quiet', 'https://quiet.example/rss');
    const flooder = feedRecord('user:flood', 'https://flood.example/rss');
    await db.feeds.bulkPut([quiet, flooder]);
    await syncFeed(deps, quiet);
    const first = await syncFeed(deps, flooder);
    return { deps, quiet, flooder, first };
  }
  const count = (feedId: string) => db.articles.where('feedId').equals(feedId).count();

  it('items dated 12 hours ahead from a large feed leave the other feed’s articles', async () => {
    await twoFeeds(400, 12 * HOUR, 200);
    expect(await count('user:quiet')).toBe(30);
    expect(await count('user:flood')).toBe(170);
  });

  it('items dated ahead are stored as published now, not in the future', async () => {
    await twoFeeds(5, 12 * HOUR, 200);
    const dates = (await db.articles.where('feedId').equals('user:flood').toArray()).map(
      (a) => a.publishedAt,
    );
    expect(Math.max(...dates)).toBe(NOW);
  });

  it('pruned items are not counted as new again at the next sync', async () => {
    const { deps, flooder } = await twoFeeds(400, 0, 200);
    expect(await syncFeed(deps, (await db.feeds.get(flooder.id))!)).toMatchObject({
      ok: true,
      added: 0,
    });
    expect(await count('user:quiet')).toBe(30);
  });

  it('a feed of thousands of items gives at most the per-feed cap at one sync', async () => {
    const { first } = await twoFeeds(3_000, 0, 100_000);
    expect(first).toMatchObject({ ok: true, added: 1_000 });
  });
});

// ---------------------------------------------------------------------------------------------
// 6. Feed and pack URLs reach the local network.

describe('6. feed and pack URLs stay off the local network', () => {
  it.each([
    'http://[::ffff:127.0.0.1]/admin',
    'http://[::ffff:7f00:1]/admin',
    'http://[::ffff:192.168.1.1]/',
    'http://[::127.0.0.1]/',
    'http://[64:ff9b::10.0.0.1]/',
    'http://localhost./admin',
    'http://router.local./',
    'http://[::]/',
    'http://[fe90::1]/',
    'http://[febf::1]/',
    'http://[fec0::1]/',
    'http://100.64.0.1/',
    'http://100.127.255.254/',
    'http://intranet/',
    'http://nas/',
    'http://198.18.0.1/',
    'http://224.0.0.1/',
  ])('%s is refused while local addresses are not allowed', (url) => {
    expect(refuseFeedUrl(url, false)).toMatch(/local or private network/);
  });

  const LOCAL = 'http://127.0.0.1:8080/admin?action=reset';
  const hostileNet = () =>
    fakeNet({
      'https://feed.example/rss': redirect('https://hop.example/rss'),
      'https://hop.example/rss': redirect(LOCAL),
      'https://packs.example/pack.json': redirect(LOCAL),
      [LOCAL]: () => new Response('secret'),
    });

  it('a public feed that redirects (twice) to a local address: the local server gets nothing', async () => {
    fresh();
    const { fetchImpl, requested } = hostileNet();
    const feed = feedRecord('user:f', 'https://feed.example/rss');
    await db.feeds.put(feed);
    expect(await syncFeed(syncDeps(fetchImpl), feed)).toEqual({
      ok: false,
      error: expect.stringMatching(/Redirected to an address that is not allowed/),
    });
    expect(requested).not.toContain(LOCAL);
  });

  it('a pack URL that redirects to a local address: the local server gets nothing', async () => {
    fresh();
    const { fetchImpl, requested } = hostileNet();
    const result = await packManager(fetchImpl).addUrl('https://packs.example/pack.json', false);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/not allowed/) });
    expect(requested).not.toContain(LOCAL);
  });

  it('a redirect whose target the browser hides (opaque) is not followed blind', async () => {
    fresh();
    const requested: string[] = [];
    const fetchImpl = (async (url: string, init?: RequestInit) => {
      requested.push(url);
      if (init?.redirect === 'manual') return opaque();
      requested.push(LOCAL); // A browser following the redirect requests its target.
      return new Response('secret');
    }) as unknown as typeof fetch;
    const feed = feedRecord('user:f', 'https://feed.example/rss');
    await db.feeds.put(feed);
    expect(await syncFeed(syncDeps(fetchImpl), feed)).toEqual({
      ok: false,
      error: expect.stringMatching(/cannot be checked/),
    });
    expect(requested).not.toContain(LOCAL);
  });
});

// ---------------------------------------------------------------------------------------------
// 7. Slow salvage.

describe('7. a cut-off JSON feed is salvaged in one pass', () => {
  it('a cut-off item full of “}” keeps the complete items, with one parse of the rest', () => {
    const head =
      '{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[' +
      '{"id":"1","url":"https://e.example/1","title":"First"},' +
      '{"id":"2","url":"https://e.example/2","title":"Second"},';
    const cut = `${head}{"id":"3","url":"https://e.example/3","content_text":"${'}'.repeat(5_000)}`;
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const feed = normalizeFeed(cut);
      expect(feed.items.map((i) => i.title)).toEqual(['First', 'Second']);
      expect(feed.salvaged).toBe(true);
      expect(parse.mock.calls.length).toBeLessThanOrEqual(3);
    } finally {
      parse.mockRestore();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// 9. Pack aliases that are common words.

describe('9. pack aliases that are common words are refused, listed', () => {
  it.each<[string, string[]]>([
    ['sentence adverbs', ['However', 'Still']],
    ['a number and a conjunction', ['One', 'If']],
    ['lower-case words', ['however', 'the']],
  ])('a pack naming entities by %s is refused with them listed', async (_what, words) => {
    fresh();
    const result: PackImportResult = await packManager().importText(
      JSON.stringify(
        packOf('words', 1, [
          ent('words:a', 'Alpha Corp', [words[0]]),
          ent('words:b', words[1]),
          ent('words:c', 'Kyiv'),
        ]),
      ),
    );
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/common English/) });
    for (const w of words) expect(!result.ok && result.error).toContain(`“${w}”`);
    expect(await db.entities.count()).toBe(0);
  });
});

describe('not over-blocked', () => {
  it('acronyms in capitals, longer names and proper names import', async () => {
    fresh();
    const result = await packManager().importText(
      JSON.stringify(
        packOf('fine', 1, [
          ent('fine:us', 'United States', ['US', 'U.S.']),
          ent('fine:band', 'One Direction'),
          ent('fine:kyiv', 'Kyiv', ['Kiev']),
        ]),
      ),
    );
    expect(result).toMatchObject({ ok: true, imported: 3, skipped: 0 });
  });

  /** A browser's fetch: redirects it is told to handle by hand come back opaque. */
  const opaqueNet = (body: string) => {
    const requested: string[] = [];
    const fetchImpl = (async (url: string, init?: RequestInit) => {
      requested.push(`${init?.redirect} ${url}`);
      if (init?.redirect === 'manual' && url.startsWith('http:')) return opaque();
      return new Response(body);
    }) as unknown as typeof fetch;
    return { fetchImpl, requested };
  };

  it('a hidden redirect from http is tried as its https twin', async () => {
    fresh();
    const { fetchImpl, requested } = opaqueNet(rss(items('wire.example', 2, () => NOW)));
    const feed = feedRecord('user:w', 'http://wire.example/rss');
    await db.feeds.put(feed);
    expect(await syncFeed(syncDeps(fetchImpl), feed)).toMatchObject({ ok: true, added: 2 });
    expect(requested).toEqual([
      'manual http://wire.example/rss',
      'manual https://wire.example/rss',
    ]);
  });

  it('a hidden redirect is followed where the reader allowed local addresses', async () => {
    fresh();
    const { fetchImpl, requested } = opaqueNet(rss(items('nas.local', 2, () => NOW)));
    const feed = { ...feedRecord('user:n', 'http://nas.local/rss'), allowLocal: true };
    await db.feeds.put(feed);
    expect(await syncFeed(syncDeps(fetchImpl), feed)).toMatchObject({ ok: true, added: 2 });
    expect(requested).toEqual(['manual http://nas.local/rss', 'follow http://nas.local/rss']);
  });

  it.each(['https://news.example/rss', 'http://8.8.8.8/', 'http://[2001:db8::1]/'])(
    '%s is allowed',
    (url) => expect(refuseFeedUrl(url, false)).toBeNull(),
  );
});
