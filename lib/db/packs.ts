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

/**
 * Replace the pack's entities with `records`, delete the ids an earlier version had and this
 * one removes, and record the pack. `onWritten` hears how many records are written so far.
 */
export async function writePack(
  db: BackstoryDb,
  pack: PackRecord,
  records: readonly EntityRecord[],
  deletes: readonly string[],
  onWritten?: (written: number) => void,
): Promise<void> {
  await db.transaction('rw', db.entities, db.packs, async () => {
    await db.entities.where('packId').equals(pack.id).delete();
    if (deletes.length) await db.entities.bulkDelete([...deletes]);
    for (let at = 0; at < records.length; at += WRITE_CHUNK) {
      await db.entities.bulkPut(records.slice(at, at + WRITE_CHUNK));
      onWritten?.(Math.min(at + WRITE_CHUNK, records.length));
    }
    await db.packs.put(pack);
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
