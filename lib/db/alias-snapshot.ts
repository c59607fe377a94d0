/**
 * The in-memory alias index, saved as one record so a restarted worker can load it instead of
 * reading every entity again. The service worker is stopped after 30 s idle, so most page views
 * start one: reading the 16,000 starter entities took about 300 ms, during which the page's
 * lookups fell back to slower queries. The record names the packs (id, version, import time)
 * it was built from; any pack imported, updated or removed since makes it stale, and it is
 * rebuilt from the entities.
 */
import type { EntityHit, EntityType } from '../recognize/types';
import type { BackstoryDb } from './schema';

export const SNAPSHOT_KEY = 'alias-index';

/** Parallel arrays: far cheaper to store and load than one object per key. */
interface Snapshot {
  packs: string;
  keys: string[];
  /** Hits of keys[i] are refs[starts[i]] … refs[starts[i + 1] - 1], indices into the entity arrays. */
  starts: Uint32Array;
  refs: Uint32Array;
  ids: string[];
  types: string[];
  names: string[];
  prominences: Float64Array;
}

const ENTITY_TYPES = new Set<EntityType>(['person', 'place', 'org']);

/** The packs in the cache, as one string that changes whenever their entities may have. */
export async function packsSignature(db: BackstoryDb): Promise<string> {
  const packs = await db.packs.toArray();
  return packs
    .map((p) => `${p.id}@${p.version}@${p.importedAt}`)
    .sort()
    .join('|');
}

export async function saveSnapshot(db: BackstoryDb, packs: string, index: Map<string, EntityHit[]>): Promise<void> {
  const position = new Map<EntityHit, number>();
  const ids: string[] = [];
  const types: string[] = [];
  const names: string[] = [];
  const prominences: number[] = [];
  const keys: string[] = [];
  const starts = new Uint32Array(index.size + 1);
  const refs: number[] = [];
  for (const [key, hits] of index) {
    starts[keys.length] = refs.length;
    keys.push(key);
    for (const hit of hits) {
      let at = position.get(hit);
      if (at === undefined) {
        position.set(hit, (at = ids.length));
        ids.push(hit.id);
        types.push(hit.type);
        names.push(hit.name);
        prominences.push(hit.prominence);
      }
      refs.push(at);
    }
  }
  starts[keys.length] = refs.length;
  const value: Snapshot = { packs, keys, starts, refs: Uint32Array.from(refs), ids, types, names, prominences: Float64Array.from(prominences) };
  await db.meta.put({ key: SNAPSHOT_KEY, value });
}

/** The saved index if it was built from exactly these packs and is whole; else null. */
export async function loadSnapshot(db: BackstoryDb, packs: string): Promise<Map<string, EntityHit[]> | null> {
  const value = (await db.meta.get(SNAPSHOT_KEY))?.value as Partial<Snapshot> | undefined;
  if (!value || value.packs !== packs) return null;
  const { keys, starts, refs, ids, types, names, prominences } = value;
  if (!Array.isArray(keys) || !(starts instanceof Uint32Array) || !(refs instanceof Uint32Array) || !Array.isArray(ids)) return null;
  if (!Array.isArray(types) || !Array.isArray(names) || !(prominences instanceof Float64Array)) return null;
  if (starts.length !== keys.length + 1 || types.length !== ids.length || names.length !== ids.length || prominences.length !== ids.length) return null;
  const hits: EntityHit[] = [];
  for (let i = 0; i < ids.length; i++) {
    const type = types[i] as EntityType;
    if (!ENTITY_TYPES.has(type)) return null;
    hits.push({ id: ids[i], type, name: names[i], prominence: prominences[i] });
  }
  const index = new Map<string, EntityHit[]>();
  for (let k = 0; k < keys.length; k++) {
    const list: EntityHit[] = [];
    for (let r = starts[k]; r < starts[k + 1]; r++) {
      const hit = hits[refs[r]];
      if (!hit) return null;
      list.push(hit);
    }
    index.set(keys[k], list);
  }
  return index;
}
