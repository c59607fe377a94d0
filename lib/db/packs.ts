/**
 * Knowledge-pack storage: a pack's entities are replaced in one transaction, so a newer version
 * updates in place and a failed write changes nothing. Records arrive validated (lib/packs).
 */
import type { EntityRecord, PackRecord } from './records';
import type { BackstoryDb } from './schema';

/** Entities written per bulkPut: big enough to be fast, small enough to report progress. */
const WRITE_CHUNK = 5_000;

/** The version of a pack in the cache, or undefined when it has none. */
export async function storedPackVersion(
  db: BackstoryDb,
  packId: string,
): Promise<number | undefined> {
  return (await db.packs.get(packId))?.version;
}

/** Does this id name another pack's entity by its prefix ("starter:paris" in pack "mine")? */
function claimsOtherPack(id: string, packId: string, packIds: ReadonlySet<string>): boolean {
  const colon = id.indexOf(':');
  if (colon < 0) return false;
  const prefix = id.slice(0, colon);
  return prefix !== packId && packIds.has(prefix);
}

/**
 * Replace the pack's entities with `records` and record the pack. Everything is scoped to the
 * pack: `deletes` (ids an earlier version had and this one removes) reach only its own
 * entities, and a record whose id another pack already holds, or that carries another pack's
 * prefix (installed or reserved), is left out rather than taking that entity over. `onWritten` hears how many records
 * are written so far. Returns how many records were left out.
 */
export async function writePack(
  db: BackstoryDb,
  pack: PackRecord,
  records: readonly EntityRecord[],
  deletes: readonly string[],
  onWritten?: (written: number) => void,
  /** Ids of packs whose prefix no other pack may use, installed or not (the starter pack's). */
  reservedIds: readonly string[] = [],
): Promise<number> {
  return db.transaction('rw', db.entities, db.packs, async () => {
    await db.entities.where('packId').equals(pack.id).delete();
    if (deletes.length) {
      const listed = await db.entities.bulkGet([...deletes]);
      const own = listed.flatMap((e) => (e && e.packId === pack.id ? [e.id] : []));
      if (own.length) await db.entities.bulkDelete(own);
    }
    const packIds = new Set([
      ...reservedIds,
      ...(await db.packs.toCollection().primaryKeys()).map(String),
    ]);
    let refused = 0;
    let written = 0;
    for (let at = 0; at < records.length; at += WRITE_CHUNK) {
      const chunk = records
        .slice(at, at + WRITE_CHUNK)
        .filter((r) => !claimsOtherPack(r.id, pack.id, packIds));
      // Every entity of this pack is gone by now: an id still present is another pack's.
      const taken = await db.entities.bulkGet(chunk.map((r) => r.id));
      const mine = chunk.filter((_, i) => !taken[i]);
      refused += Math.min(WRITE_CHUNK, records.length - at) - mine.length;
      await db.entities.bulkPut(mine);
      written += mine.length;
      onWritten?.(Math.min(at + WRITE_CHUNK, records.length));
    }
    await db.packs.put({ ...pack, entityCount: written, skipped: pack.skipped + refused });
    return refused;
  });
}

/** Remove a pack and its entities; the reader's notes and settings are not touched. */
export async function removePack(db: BackstoryDb, packId: string): Promise<boolean> {
  return db.transaction('rw', db.entities, db.packs, async () => {
    if (!(await db.packs.get(packId))) return false;
    await db.entities.where('packId').equals(packId).delete();
    await db.packs.delete(packId);
    return true;
  });
}
