/**
 * The in-memory alias index, saved as one record so a restarted worker can load it instead of
 * reading every entity again. The service worker is stopped after 30 s idle, so most page views
 * start one: reading the 16,000 starter entities took about 300 ms, during which the page's
 * lookups fell back to slower queries. The record names the packs (id, version, import time)
 * it was built from; any pack imported, updated or removed since makes it stale, and it is
 * rebuilt from the entities.
 */
import type { EntityHit, EntityType } from '../types/mention';
import type { BackstoryDb } from './schema';

export const SNAPSHOT_KEY = 'alias-index';

/**
 * Parallel arrays, and strings packed into one string each: IndexedDB copies one long string far
 * faster than 50,000 short ones (a restarted worker read the copy in ~35 ms as string arrays).
 */
interface Snapshot {
  packs: string;
  keys: PackedStrings;
  /** Hits of key i are refs[starts[i]] … refs[starts[i + 1] - 1], indices into the entity arrays. */
  starts: Uint32Array;
  refs: Uint32Array;
  ids: PackedStrings;
  names: PackedStrings;
  /** Index into TYPES. */
  types: Uint8Array;
  prominences: Float64Array;
  /** 1 where the hit is an acronym's (`EntityHit.caps`). A copy without it is from before. */
  caps: Uint8Array;
  /** `EntityHit.area` and `within`, "" where absent. A copy without them is from before. */
  areas: PackedStrings;
  withins: PackedStrings;
}

/** Strings joined into one, with where each ends: any character may occur, so no separator. */
interface PackedStrings {
  text: string;
  ends: Uint32Array;
}

const TYPES: readonly EntityType[] = ['person', 'place', 'org'];

function packStrings(values: readonly string[]): PackedStrings {
  const ends = new Uint32Array(values.length);
  let at = 0;
  for (let i = 0; i < values.length; i++) ends[i] = at += values[i].length;
  return { text: values.join(''), ends };
}

/** The strings back, or null when the record is not what packStrings wrote. */
function unpackStrings(packed: Partial<PackedStrings> | undefined): string[] | null {
  const { text, ends } = packed ?? {};
  if (typeof text !== 'string' || !(ends instanceof Uint32Array)) return null;
  const out: string[] = new Array<string>(ends.length);
  let from = 0;
  for (let i = 0; i < ends.length; i++) {
    if (ends[i] < from || ends[i] > text.length) return null;
    out[i] = text.slice(from, ends[i]);
    from = ends[i];
  }
  return from === text.length ? out : null;
}

/** The packs in the cache, as one string that changes whenever their entities may have. */
export async function packsSignature(db: BackstoryDb): Promise<string> {
  const packs = await db.packs.toArray();
  return packs
    .map((p) => `${p.id}@${p.version}@${p.importedAt}`)
    .sort()
    .join('|');
}

export async function saveSnapshot(
  db: BackstoryDb,
  packs: string,
  index: Map<string, EntityHit[]>,
): Promise<void> {
  const position = new Map<EntityHit, number>();
  const ids: string[] = [];
  const types: number[] = [];
  const names: string[] = [];
  const prominences: number[] = [];
  const caps: number[] = [];
  const areas: string[] = [];
  const withins: string[] = [];
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
        types.push(TYPES.indexOf(hit.type));
        names.push(hit.name);
        prominences.push(hit.prominence);
        caps.push(hit.caps ? 1 : 0);
        areas.push(hit.area ?? '');
        withins.push(hit.within ?? '');
      }
      refs.push(at);
    }
  }
  starts[keys.length] = refs.length;
  const value: Snapshot = {
    packs,
    keys: packStrings(keys),
    starts,
    refs: Uint32Array.from(refs),
    ids: packStrings(ids),
    names: packStrings(names),
    types: Uint8Array.from(types),
    prominences: Float64Array.from(prominences),
    caps: Uint8Array.from(caps),
    areas: packStrings(areas),
    withins: packStrings(withins),
  };
  await db.meta.put({ key: SNAPSHOT_KEY, value });
}

/** The saved record as stored, not yet checked: read it early, decode it once the packs are known. */
export async function readSnapshot(db: BackstoryDb): Promise<unknown> {
  return (await db.meta.get(SNAPSHOT_KEY))?.value;
}

/** The index in a record read by readSnapshot, if built from exactly these packs and whole; else null. */
export function decodeSnapshot(record: unknown, packs: string): Map<string, EntityHit[]> | null {
  const value = record as Partial<Snapshot> | undefined;
  if (!value || typeof value !== 'object' || value.packs !== packs) return null;
  const { starts, refs, types, prominences, caps } = value;
  const keys = unpackStrings(value.keys);
  const ids = unpackStrings(value.ids);
  const names = unpackStrings(value.names);
  const areas = unpackStrings(value.areas);
  const withins = unpackStrings(value.withins);
  if (areas?.length !== ids?.length || withins?.length !== ids?.length) return null;
  if (!keys || !ids || !names || !(starts instanceof Uint32Array) || !(refs instanceof Uint32Array))
    return null;
  if (!(types instanceof Uint8Array) || !(prominences instanceof Float64Array)) return null;
  if (!(caps instanceof Uint8Array) || caps.length !== ids.length) return null;
  if (
    starts.length !== keys.length + 1 ||
    types.length !== ids.length ||
    names.length !== ids.length ||
    prominences.length !== ids.length
  )
    return null;
  const hits: EntityHit[] = [];
  for (let i = 0; i < ids.length; i++) {
    const type = TYPES[types[i]];
    if (!type) return null;
    const hit: EntityHit = {
      id: ids[i],
      type,
      name: names[i],
      prominence: prominences[i],
      ...(areas?.[i] ? { area: areas[i] } : {}),
      ...(withins?.[i] ? { within: withins[i] } : {}),
    };
    hits.push(caps[i] ? { ...hit, caps: true } : hit);
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
