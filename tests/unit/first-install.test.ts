/**
 * A fresh install's first page: the starter pack (16,000 entities) takes over a second to write,
 * so the alias index answers from its validated records meanwhile, and lookups do not wait for
 * the write. Real bundled pack, Dexie on fake-indexeddb, the service worker's router.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRecognizerHost } from '../../lib/background/recognizer-host';
import { createRouter } from '../../lib/background/router';
import { seedBundled, seedOnce } from '../../lib/background/seed';
import { createAliasIndex } from '../../lib/db/alias-index';
import type { EntityRecord } from '../../lib/db/records';
import { STARTER_PACK_PATH } from '../../lib/constants';
import { bundledText } from '../../lib/packs/bundled-asset';
import { importPack } from '../../lib/packs/import-pack';
import { openDb, type BackstoryDb } from '../../lib/db/schema';
import { testEntity, testPack } from './pack-fixtures';

const publicDir = resolve(import.meta.dirname, '../../public');
// Read as the service worker reads them (the starter pack is stored gzipped).
const readAsset = async (path: string) =>
  bundledText(path, new Response(await readFile(resolve(publicDir, `.${path}`))));
/**
 * The bundled assets with a small starter pack in place of the real one: for tests that only
 * ask when the first-import callback runs, so the 16,000-entity pack is written once per suite.
 */
const smallStarter = { ...testPack(1, [testEntity('lviv', 'Lviv')]), id: 'starter' };
const readSmallAsset = (path: string) =>
  path === STARTER_PACK_PATH
    ? Promise.resolve(JSON.stringify(smallStarter))
    : path === '/packs/starter.version.json'
      ? Promise.resolve(JSON.stringify({ id: 'starter', version: 1 }))
      : readAsset(path);

let db: BackstoryDb;
let n = 0;
afterEach(async () => db?.delete());

describe('first install', () => {
  it('answers lookups from the starter pack while it is written, then from the built index', async () => {
    db = openDb(`first-install-${n++}`);
    const aliases = createAliasIndex(db);
    let provisional: readonly EntityRecord[] = [];
    const seeding = seedBundled(db, readAsset, Date.UTC(2025, 11, 6), (records) => {
      provisional = records;
      aliases.useProvisional(records);
    });
    const recognizer = createRecognizerHost({
      resolve: (keys) => aliases.resolve(keys),
      loadModel: () => Promise.reject(new Error('pack names only in this test')),
      report: () => undefined,
    });
    const route = createRouter({ db, ready: () => seeding, aliases, recognizer });
    // The page's request, sent before the pack is even read: answered once the records are
    // validated, before the write has finished.
    const text = 'Vladimir Putin flew to Kyiv.';
    const answer = route({ type: 'recognize', blocks: [{ start: 0, text }], carry: [] });
    let written = false;
    void seeding.then(() => (written = true));
    const response = await answer;
    expect(written).toBe(false);
    expect(response).toMatchObject({
      ok: true,
      mentions: [
        { text: 'Vladimir Putin', type: 'person', name: 'Vladimir Putin' },
        { text: 'Kyiv', type: 'place' },
      ],
    });
    expect(provisional.length).toBeGreaterThan(10_000);
    await seeding;
    await aliases.warm();
    expect(await aliases.resolve(['kyiv'])).toMatchObject({ kyiv: [{ type: 'place' }] });
  }, 60_000);

  it('does not answer from the starter pack alone when other packs are in the cache', async () => {
    db = openDb(`first-install-${n++}`);
    expect(
      (
        await importPack(
          db,
          testPack(1, [testEntity('odesa', 'Odesa', { type: 'place', aliases: ['Odessa'] })]),
        )
      ).ok,
    ).toBe(true);
    const calls: number[] = [];
    await seedBundled(db, readSmallAsset, Date.UTC(2025, 11, 6), (records) =>
      calls.push(records.length),
    );
    expect(calls).toEqual([]);
    expect(await db.packs.get('starter')).toMatchObject({ entityCount: 1 });
  }, 60_000);

  it('calls back only on the import itself, not on later starts', async () => {
    db = openDb(`first-install-${n++}`);
    const calls: number[] = [];
    await seedBundled(db, readSmallAsset, Date.UTC(2025, 11, 6), (records) =>
      calls.push(records.length),
    );
    await seedBundled(db, readSmallAsset, Date.UTC(2025, 11, 6), (records) =>
      calls.push(records.length),
    );
    expect(calls).toEqual([1]);
  }, 60_000);

  it('forgets provisional records whose import failed, and keeps a built index', async () => {
    db = openDb(`first-install-${n++}`);
    const aliases = createAliasIndex(db);
    const record = {
      id: 't:kyiv',
      packId: 'p',
      type: 'place',
      name: 'Kyiv',
      aliases: ['Kiev'],
      aliasKeys: ['kiev'],
      prominence: 1,
    } as unknown as EntityRecord;
    aliases.useProvisional([record]);
    expect((await aliases.resolve(['kiev'])).kiev).toHaveLength(1);
    aliases.dropProvisional();
    // Nothing was written: the cache alone knows no Kyiv.
    expect((await aliases.resolve(['kiev'])).kiev).toBeUndefined();
    await aliases.warm();
    expect(
      (
        await importPack(
          db,
          testPack(1, [testEntity('kyiv', 'Kyiv', { type: 'place', aliases: ['Kiev'] })]),
        )
      ).ok,
    ).toBe(true);
    aliases.invalidate(); // as the pack manager does after an import
    await aliases.warm();
    aliases.dropProvisional();
    expect((await aliases.resolve(['kiev'])).kiev?.map((h) => h.id)).toEqual(['t:kyiv']);
  });

  it('ignores provisional records once an index is in place', async () => {
    db = openDb(`first-install-${n++}`);
    expect(
      (
        await importPack(
          db,
          testPack(1, [testEntity('kyiv', 'Kyiv', { type: 'place', aliases: ['Kiev'] })]),
        )
      ).ok,
    ).toBe(true);
    const aliases = createAliasIndex(db);
    await aliases.warm();
    aliases.useProvisional([
      {
        id: 'x',
        packId: 'p',
        type: 'person',
        name: 'Kyiv Person',
        aliases: [],
        aliasKeys: ['kiev'],
        prominence: 1,
      } as unknown as EntityRecord,
    ]);
    expect((await aliases.resolve(['kiev'])).kiev?.map((h) => h.id)).toEqual(['t:kyiv']);
  });

  it('seeds once per worker start, and tries again after a failed seed', async () => {
    db = openDb(`first-install-${n++}`);
    const aliases = createAliasIndex(db);
    let reads = 0;
    let failFeed = true;
    const ready = seedOnce(
      db,
      (path) => {
        reads++;
        if (failFeed && path.includes('sample')) return Promise.reject(new Error('no feed'));
        return readSmallAsset(path);
      },
      aliases,
    );
    await expect(ready()).rejects.toThrow('no feed');
    failFeed = false;
    await ready();
    const after = reads;
    await ready();
    expect(reads).toBe(after);
    expect(await db.packs.get('starter')).toBeDefined();
  });
});
