/**
 * An in-memory copy of the alias index, for the background: a page's batched lookup becomes a
 * few map reads instead of an IndexedDB query (about 20 ms for 200 keys on this machine). It is
 * built once per worker life (from a saved copy when the packs have not changed, see
 * alias-snapshot.ts), rebuilt after a pack changes, and falls back to Dexie while it loads or
 * when the cache is too large to hold in memory.
 */
import type { EntityHit } from '../types/mention';
import { decodeSnapshot, packsSignature, readSnapshot, saveSnapshot } from './alias-snapshot';
import { resolveAliases } from './entities';
import { entityHits, type HitSource } from './entity-hits';
import type { EntityRecord } from './records';
import type { BackstoryDb } from './schema';

/** Above this many entities the index stays in IndexedDB only (memory over speed). */
const MAX_IN_MEMORY_ENTITIES = 300_000;

export interface AliasIndex {
  resolve(keys: readonly string[]): Promise<Record<string, EntityHit[]>>;
  /** Drop the copy (a pack was imported or removed); the next lookups rebuild it. */
  invalidate(): void;
  /** Build now, so the first page does not wait for it. */
  warm(): Promise<void>;
  /**
   * Start reading the saved copy now, while the worker does other start-up work (the read takes
   * ~25 ms); the next build checks it against the packs as they are then.
   */
  readAhead(): void;
  /**
   * Answer from these records until the index is built (a fresh install's starter pack, while it
   * is written); ignored once an index is in place.
   */
  useProvisional(records: readonly EntityRecord[]): void;
  /** Settles once lookups are answered from memory (a provisional, saved or built index). */
  whenIndexed(): Promise<void>;
  /** Forget provisional records (their import failed); a saved or built index is kept. */
  dropProvisional(): void;
}

function addEntity(map: Map<string, EntityHit[]>, e: HitSource): void {
  for (const [key, hit] of entityHits(e)) {
    const list = map.get(key);
    if (list) list.push(hit);
    else map.set(key, [hit]);
  }
}

function sortByProminence(map: Map<string, EntityHit[]>): void {
  for (const hits of map.values())
    if (hits.length > 1) hits.sort((a, b) => b.prominence - a.prominence);
}

/** A promise and the function that settles it. */
function signal(): { promise: Promise<void>; settle: () => void } {
  let settle = () => {};
  return { promise: new Promise<void>((done) => (settle = done)), settle };
}

export function createAliasIndex(db: BackstoryDb): AliasIndex {
  let index: Map<string, EntityHit[]> | null = null;
  let building: Promise<void> | null = null;
  /** Settles when the saved copy has been tried (loaded, stale or damaged). */
  let loadingSaved: ReturnType<typeof signal> | null = null;
  let generation = 0;
  /** The saved record, read ahead of the build (see readAhead). */
  let early: Promise<unknown> | null = null;
  let indexed: ReturnType<typeof signal> | null = null;
  /** True while the index is a fresh install's records, not yet written. */
  let provisional = false;
  const setIndex = (map: Map<string, EntityHit[]>, fromRecords = false) => {
    index = map;
    provisional = fromRecords;
    indexed?.settle();
    indexed = null;
  };

  const build = () =>
    (building ??= (async () => {
      const mine = generation;
      // The packs are read first: a pack changed while the entities are read makes the saved
      // copy stale at the next start (its signature no longer matches), never wrongly current.
      // `loadingSaved` settles only once the copy is in place (or known unusable), so a lookup
      // waiting on it finds the index set. Builds never overlap (`building`).
      const tried = (loadingSaved = signal());
      let packs: string;
      try {
        const record = early ?? readSnapshot(db);
        early = null;
        packs = await packsSignature(db);
        // Checked against the packs read after it: a pack changed meanwhile makes it stale.
        const saved = await record.then((value) => decodeSnapshot(value, packs)).catch(() => null);
        if (saved && mine === generation) setIndex(saved);
        if (saved) return;
      } finally {
        loadingSaved = null;
        tried.settle();
      }
      if ((await db.entities.count()) > MAX_IN_MEMORY_ENTITIES) return;
      const map = new Map<string, EntityHit[]>();
      await db.entities.each((e) => addEntity(map, e));
      sortByProminence(map);
      if (mine !== generation) return;
      setIndex(map);
      // Saved for the next start; failing to save (a full disk) only costs that start its speed.
      await saveSnapshot(db, packs, map).catch(() => undefined);
    })().finally(() => {
      building = null;
    }));

  return {
    async resolve(keys) {
      // A saved copy loads in tens of milliseconds: wait for it rather than query IndexedDB
      // beside it. A full rebuild takes longer; meanwhile Dexie answers.
      if (!index && loadingSaved) await loadingSaved.promise;
      if (!index) {
        void build();
        return resolveAliases(db, keys);
      }
      // No prototype: a key is page text, and "constructor" must not find Object's.
      const result = Object.create(null) as Record<string, EntityHit[]>;
      for (const key of keys) {
        const hits = index.get(key);
        if (hits) result[key] = hits;
      }
      return result;
    },
    invalidate() {
      generation++;
      index = null;
      provisional = false;
      early = null;
    },
    warm: () => build(),
    useProvisional(records) {
      if (index || records.length > MAX_IN_MEMORY_ENTITIES) return;
      const map = new Map<string, EntityHit[]>();
      for (const record of records) addEntity(map, record);
      sortByProminence(map);
      setIndex(map, true);
    },
    dropProvisional() {
      if (!provisional) return;
      provisional = false;
      index = null;
    },
    whenIndexed() {
      if (index) return Promise.resolve();
      return (indexed ??= signal()).promise;
    },
    readAhead() {
      if (!index && !building) early ??= readSnapshot(db).catch(() => null);
    },
  };
}
