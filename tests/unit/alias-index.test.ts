/**
 * The background's in-memory alias index and its saved copy: a restarted worker loads the copy
 * when the packs are unchanged, and rebuilds from the entities when any pack changed or the copy
 * is damaged. Dexie on fake-indexeddb.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createAliasIndex } from '../../lib/db/alias-index';
import { SNAPSHOT_KEY } from '../../lib/db/alias-snapshot';
import { importPack } from '../../lib/packs/import-pack';
import { openDb, type BackstoryDb } from '../../lib/db/schema';
import { testEntity, testPack } from './pack-fixtures';

const entity = (id: string, name: string, type: string, aliases: string[] = [], prominence = 0.5) =>
  testEntity(id, name, { type, aliases, prominence });
const pack = (version: number, entities: unknown[]) => testPack(version, entities);
const FIRST = [
  entity('kyiv', 'Kyiv', 'place', ['Kiev']),
  { ...entity('georgia-us', 'Georgia', 'place', [], 0.3), area: 'us/georgia', within: 'us' },
  entity('georgia', 'Georgia', 'place', [], 0.9),
  entity('putin', 'Vladimir Putin', 'person', ['Putin']),
];

let db: BackstoryDb;
let n = 0;
afterEach(async () => db?.delete());

async function seeded() {
  db = openDb(`alias-index-test-${n++}`);
  expect((await importPack(db, pack(1, FIRST))).ok).toBe(true);
  return db;
}

describe('alias index', () => {
  it('saves its copy, and a restarted worker answers from it without reading the entities', async () => {
    await seeded();
    const first = createAliasIndex(db);
    await first.warm();
    expect((await db.meta.get(SNAPSHOT_KEY))?.value).toBeTruthy();
    // Entities removed behind the packs' back: only a copy can still know them.
    await db.entities.clear();
    const restarted = createAliasIndex(db);
    await restarted.warm();
    const hits = await restarted.resolve(['kiev', 'putin', 'georgia', 'nowhere']);
    expect(hits.kiev?.map((h) => h.id)).toEqual(['t:kyiv']);
    expect(hits.putin?.[0]).toEqual({
      id: 't:putin',
      type: 'person',
      name: 'Vladimir Putin',
      prominence: 0.5,
    });
    // Order by prominence is kept, and where each place lies.
    expect(hits.georgia?.map((h) => h.id)).toEqual(['t:georgia', 't:georgia-us']);
    expect(hits.georgia?.[1]).toMatchObject({ area: 'us/georgia', within: 'us' });
    expect(hits.georgia?.[0]?.area).toBeUndefined();
    expect(hits.nowhere).toBeUndefined();
  });

  it('answers a lookup made while the saved copy loads from that copy', async () => {
    await seeded();
    await createAliasIndex(db).warm();
    await db.entities.clear(); // IndexedDB alone can no longer answer
    const restarted = createAliasIndex(db);
    restarted.readAhead(); // as the worker does at start
    const warming = restarted.warm();
    expect((await restarted.resolve(['kiev'])).kiev?.map((h) => h.id)).toEqual(['t:kyiv']);
    await warming;
  });

  it('rebuilds from the entities when a pack changed since the copy was saved', async () => {
    await seeded();
    await createAliasIndex(db).warm();
    expect(
      (await importPack(db, pack(2, [...FIRST, entity('odesa', 'Odesa', 'place', ['Odessa'])]))).ok,
    ).toBe(true);
    const restarted = createAliasIndex(db);
    await restarted.warm();
    expect((await restarted.resolve(['odessa'])).odessa?.map((h) => h.id)).toEqual(['t:odesa']);
    // And the new copy is the one saved.
    await db.entities.clear();
    const again = createAliasIndex(db);
    await again.warm();
    expect((await again.resolve(['odessa'])).odessa?.map((h) => h.id)).toEqual(['t:odesa']);
  });

  it('checks a copy read ahead against the packs as they are when it is used', async () => {
    await seeded();
    await createAliasIndex(db).warm();
    const restarted = createAliasIndex(db);
    restarted.readAhead();
    // The starter pack updated while the worker starts: the copy read ahead is of the old packs.
    expect(
      (await importPack(db, pack(2, [...FIRST, entity('odesa', 'Odesa', 'place', ['Odessa'])]))).ok,
    ).toBe(true);
    await restarted.warm();
    expect((await restarted.resolve(['odessa'])).odessa?.map((h) => h.id)).toEqual(['t:odesa']);
  });

  it('rebuilds when the saved copy is damaged', async () => {
    await seeded();
    await createAliasIndex(db).warm();
    const saved = (await db.meta.get(SNAPSHOT_KEY))!.value as Record<string, unknown>;
    const damages = [
      { starts: new Uint32Array(1) },
      { types: new Uint8Array([9, 9, 9, 9]) },
      { refs: new Uint32Array([99, 99, 99, 99, 99]) },
      { keys: 'kiev' },
      { names: { text: 'Kyiv', ends: new Uint32Array([2, 9, 9, 9]) } },
      { ids: ['t:kyiv', 't:georgia-us', 't:georgia', 't:putin'] },
      // A copy saved before places had areas, or with too few of them.
      { areas: undefined, withins: undefined },
      { areas: { text: '', ends: new Uint32Array([0]) } },
    ];
    for (const damage of damages) {
      await db.meta.put({ key: SNAPSHOT_KEY, value: { ...saved, ...damage } });
      const restarted = createAliasIndex(db);
      await restarted.warm();
      const kiev = (await restarted.resolve(['kiev'])).kiev;
      expect(kiev, JSON.stringify(Object.keys(damage))).toEqual([
        { id: 't:kyiv', type: 'place', name: 'Kyiv', prominence: 0.5 },
      ]);
    }
  });
});
