import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecognizerHost } from '../../lib/background/recognizer-host';
import { createRouter } from '../../lib/background/router';
import { seedBundled } from '../../lib/background/seed';
import { resolveAliases } from '../../lib/db/entities';
import { openDb, type BackstoryDb } from '../../lib/db/schema';
import { STARTER_PACK_PATH } from '../../lib/constants';
import { bundledText } from '../../lib/packs/bundled-asset';

// The real bundled assets (starter pack and sample feed), seeded into Dexie on fake-indexeddb,
// answered through the same router the service worker uses.
const publicDir = resolve(import.meta.dirname, '../../public');
// Read as the service worker reads them (the starter pack is stored gzipped).
const readAsset = async (path: string) =>
  bundledText(path, new Response(await readFile(resolve(publicDir, `.${path}`))));

let db: BackstoryDb;
let route: ReturnType<typeof createRouter>;

beforeAll(async () => {
  db = openDb('background-test');
  const seeded = seedBundled(db, readAsset, Date.UTC(2025, 11, 6));
  // Pack names, short forms and figures: the name model has tests of its own.
  const recognizer = createRecognizerHost({
    resolve: (keys) => resolveAliases(db, keys),
    loadModel: () => Promise.reject(new Error('pack names only in this test')),
    report: () => undefined,
  });
  route = createRouter({ db, ready: () => seeded, recognizer });
  await seeded;
}, 60_000);
afterAll(async () => db.delete());

describe('background router on the bundled defaults', () => {
  it('rejects malformed messages as values', async () => {
    for (const message of [
      null,
      42,
      { type: 'nope' },
      { type: 'resolve', keys: ['putin'] },
      { type: 'recognize', blocks: 'putin', carry: [] },
      { type: 'recognize', blocks: [{ start: -1, text: 'Putin' }], carry: [] },
    ]) {
      expect(await route(message)).toMatchObject({ ok: false, code: 'invalid' });
    }
  });

  it('recognises the reference article’s names in one request, with page offsets', async () => {
    const text = 'Vladimir Putin met envoys in Kyiv. Putin said Zorblax Quimby had left Moscow.';
    const response = await route({ type: 'recognize', blocks: [{ start: 40, text }], carry: [] });
    expect(response).toMatchObject({ ok: true });
    const mentions = (response as Extract<typeof response, { mentions: unknown }>).mentions;
    const named = (name: string) => mentions.filter((m) => m.name === name).map((m) => m.text);
    expect(named('Vladimir Putin')).toEqual(['Vladimir Putin', 'Putin']);
    expect(mentions.find((m) => m.text === 'Kyiv')).toMatchObject({
      type: 'place',
      start: 40 + text.indexOf('Kyiv'),
    });
    expect(mentions.find((m) => m.text === 'Moscow')?.type).toBe('place');
    // A name no pack knows is left to the name model, which this test leaves out.
    expect(mentions.some((m) => m.text.includes('Zorblax'))).toBe(false);
  });

  it('answers a card with background, source and related articles, newest first, current page excluded', async () => {
    const hit = await route({
      type: 'recognize',
      blocks: [{ start: 0, text: 'Vladimir Putin' }],
      carry: [],
    });
    const id = hit.ok && 'mentions' in hit ? hit.mentions[0]?.entityId : undefined;
    expect(id).toBeTruthy();
    const answer = await route({
      type: 'entity-card',
      entityId: id!,
      pageUrl: 'http://127.0.0.1/article',
    });
    const card = answer as Extract<typeof answer, { card: unknown }>;
    expect(card).toMatchObject({ ok: true, card: expect.any(Object) });
    expect(card.card.background.length).toBeGreaterThan(20);
    expect(card.card.source.licence).toBeTruthy();
    expect(card.card.related.length).toBeGreaterThan(0);
    expect(card.card.related.length).toBeLessThanOrEqual(5);
    const dates = card.card.related.map((r) => r.publishedAt);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    for (const r of card.card.related) expect(r.url).toMatch(/^https?:\/\//);

    const excluded = card.card.related[0].url;
    const again = await route({ type: 'entity-card', entityId: id!, pageUrl: excluded });
    expect(again).toMatchObject({ ok: true, card: expect.any(Object) });
    expect((again as typeof card).card.related.map((r) => r.url)).not.toContain(excluded);
  });

  it('is idempotent: seeding again adds nothing, and does not read the whole pack to know it', async () => {
    const before = { entities: await db.entities.count(), articles: await db.articles.count() };
    const read: string[] = [];
    await seedBundled(db, (path) => (read.push(path), readAsset(path)));
    expect({ entities: await db.entities.count(), articles: await db.articles.count() }).toEqual(
      before,
    );
    expect(read).toEqual(['/packs/starter.version.json']);
  });

  it('imports the pack when its version file is missing, damaged or newer than the cache', async () => {
    for (const version of [null, '{"id":', JSON.stringify({ id: 'starter', version: 99 })]) {
      const read: string[] = [];
      const reader = (path: string) => {
        read.push(path);
        if (path !== '/packs/starter.version.json') return readAsset(path);
        return version === null ? Promise.reject(new Error('HTTP 404')) : Promise.resolve(version);
      };
      await seedBundled(db, reader);
      // The full pack is read (its own version is already imported, so nothing changes).
      expect(read).toContain(STARTER_PACK_PATH);
    }
    const shipped = JSON.parse(
      await readFile(
        resolve(import.meta.dirname, '../../public/packs/starter.version.json'),
        'utf8',
      ),
    ) as { version: number };
    expect(await db.packs.get('starter')).toMatchObject({ version: shipped.version });
  });

  it('answers a name no pack knows with the articles naming it and the roles they give it', async () => {
    const response = await route({
      type: 'name-card',
      name: 'Steve Witkoff',
      pageUrl: 'http://127.0.0.1/article',
    });
    expect(response).toMatchObject({
      ok: true,
      roles: [
        expect.objectContaining({ text: 'White House envoy', outlet: 'Backstory sample feed' }),
      ],
    });
    expect(response).toMatchObject({
      related: expect.arrayContaining([
        expect.objectContaining({ url: expect.stringMatching(/^https?:/) }),
      ]),
    });
  });

  it('answers a page’s wake-up at once, without waiting for the cache', async () => {
    const waiting = createRouter({ db, ready: () => new Promise<void>(() => undefined) });
    expect(await waiting({ type: 'wake' }, false)).toEqual({ ok: true });
  });

  it('answers an unknown entity as not-found', async () => {
    expect(
      await route({ type: 'entity-card', entityId: 'starter:nobody', pageUrl: '' }),
    ).toMatchObject({ ok: false, code: 'not-found' });
  });
});
