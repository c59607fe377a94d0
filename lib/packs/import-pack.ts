/**
 * Knowledge-pack import: validate, then replace the pack's entities in the cache, so a newer
 * version of a pack updates in place and a refused pack changes nothing.
 */
import type { EntityRecord } from '../db/records';
import { storedPackVersion, writePack } from '../db/packs';
import type { BackstoryDb } from '../db/schema';
import type { PackImportResult } from '../types/status';
import { validateEntities, validatePackHeader } from './validate-pack';

export async function importPack(
  db: BackstoryDb,
  input: unknown,
  onProgress?: (done: number, total: number) => void,
  /** The validated records, before they are written (writing 16,000 takes over a second). */
  onValidated?: (records: readonly EntityRecord[]) => void,
  /** Called between chunks of validation, so pages are answered first. */
  pause?: () => Promise<void>,
): Promise<PackImportResult> {
  const header = validatePackHeader(input);
  if (!header.ok) return header;
  const { pack } = header;
  const stored = await storedPackVersion(db, pack.id);
  if (stored !== undefined && stored >= pack.version) {
    return { ok: true, packId: pack.id, version: stored, imported: 0, skipped: 0, unchanged: true };
  }
  // Progress counts validation and writing as one run of 2 × entities steps.
  const checked = pack.entities.length;
  const { records, skipped, firstProblem } = await validateEntities(
    pack,
    (done) => onProgress?.(done, checked * 2),
    pause,
  );
  onValidated?.(records);
  const packRecord = {
    id: pack.id,
    version: pack.version,
    title: pack.title,
    licence: pack.licence,
    attribution: pack.attribution,
    importedAt: Date.now(),
    entityCount: records.length,
    skipped,
  };
  await writePack(db, packRecord, records, pack.deletes, (written) =>
    onProgress?.(checked + written, checked + records.length),
  );
  return {
    ok: true,
    packId: pack.id,
    version: pack.version,
    imported: records.length,
    skipped,
    firstProblem,
  };
}

/** Import a pack from the text of a file (or of a fetched URL). */
export function importPackText(
  db: BackstoryDb,
  text: string,
  onProgress?: (done: number, total: number) => void,
  pause?: () => Promise<void>,
): Promise<PackImportResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return Promise.resolve({
      ok: false,
      error: 'Not a valid knowledge pack: the file is not JSON.',
    });
  }
  return importPack(db, json, onProgress, undefined, pause);
}
