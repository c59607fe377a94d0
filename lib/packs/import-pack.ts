/**
 * Knowledge-pack import: validate, then replace the pack's entities in the cache, so a newer
 * version of a pack updates in place and a refused pack changes nothing. A pack is data from
 * anywhere: it may not take the starter pack's id, change its id at a refresh, or name an
 * entity by a common English word (see common-aliases.ts).
 */
import { STARTER_PACK_ID } from '../constants';
import type { EntityRecord } from '../db/records';
import { storedPackVersion, writePack } from '../db/packs';
import type { BackstoryDb } from '../db/schema';
import type { PackImportResult } from '../types/status';
import { commonAliasesMessage, commonWordAliases } from './common-aliases';
import { validateEntities, validatePackHeader } from './validate-pack';

/** Who the pack comes from, and what it must then be. */
export interface ImportRules {
  /** The pack that ships with the extension: it alone may use the starter id. */
  bundled?: boolean;
  /** A refresh of a pack added by URL: the id it was added under, which must not change. */
  expectedId?: string;
}

export async function importPack(
  db: BackstoryDb,
  input: unknown,
  onProgress?: (done: number, total: number) => void,
  /** The validated records, before they are written (writing 16,000 takes over a second). */
  onValidated?: (records: readonly EntityRecord[]) => void,
  /** Called between chunks of validation, so pages are answered first. */
  pause?: () => Promise<void>,
  rules: ImportRules = {},
): Promise<PackImportResult> {
  const header = validatePackHeader(input);
  if (!header.ok) return header;
  const { pack } = header;
  if (!rules.bundled && pack.id === STARTER_PACK_ID)
    return {
      ok: false,
      error: `Not imported: the id “${STARTER_PACK_ID}” belongs to the pack that ships with Backstory.`,
    };
  if (rules.expectedId !== undefined && pack.id !== rules.expectedId)
    return {
      ok: false,
      error: `Not imported: this address now serves pack “${pack.id}”, not “${rules.expectedId}”.`,
    };
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
  // The bundled pack is curated, and the recognizer's own rules decide its lone common words.
  const common = rules.bundled ? [] : commonWordAliases(records);
  if (common.length) return { ok: false, error: commonAliasesMessage(common) };
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
  const refused = await writePack(
    db,
    packRecord,
    records,
    pack.deletes,
    (written) => onProgress?.(checked + written, checked + records.length),
    [STARTER_PACK_ID],
  );
  return {
    ok: true,
    packId: pack.id,
    version: pack.version,
    imported: records.length - refused,
    skipped: skipped + refused,
    firstProblem:
      firstProblem ??
      (refused ? `${refused} entities use ids that belong to another pack` : undefined),
  };
}

/** Import a pack from the text of a file (or of a fetched URL). */
export function importPackText(
  db: BackstoryDb,
  text: string,
  onProgress?: (done: number, total: number) => void,
  pause?: () => Promise<void>,
  rules: ImportRules = {},
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
  return importPack(db, json, onProgress, undefined, pause, rules);
}
