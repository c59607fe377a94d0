/**
 * Knowledge-pack import: validate, normalise alias keys, and replace the pack's entities in one
 * transaction, so a newer version of a pack updates in place and a failed import changes nothing.
 * One malformed entity is skipped and counted, never sinks the whole pack.
 */
import * as v from 'valibot';
import { PackEntitySchema, PackSchema, type PackEntity, type PackSource } from '../feeds/pack-format';
import { aliasKey } from '../recognize/normalize';
import type { EntityRecord } from './records';
import type { BackstoryDb } from './schema';

export type PackImportResult =
  | { ok: true; packId: string; version: number; imported: number; skipped: number; firstProblem?: string; unchanged?: boolean }
  | { ok: false; error: string };

/** Entities written per bulkPut: big enough to be fast, small enough to report progress. */
const WRITE_CHUNK = 5_000;

function toRecord(entity: PackEntity, packId: string, source: PackSource): EntityRecord {
  const aliases = [...new Set([entity.name, ...entity.aliases].map((a) => a.trim()).filter(Boolean))];
  const aliasKeys = [...new Set(aliases.map(aliasKey).filter(Boolean))];
  return {
    id: entity.id,
    packId,
    type: entity.type,
    name: entity.name,
    aliases,
    aliasKeys,
    description: entity.description,
    background: entity.background,
    source: { name: source.name, url: source.url, licence: source.licence },
    sourceUrl: entity.sourceUrl,
    updatedAt: entity.updatedAt,
    prominence: entity.prominence,
  };
}

/** Describe a valibot failure in one line a user can act on. */
function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  const path = first?.path?.map((p) => String(p.key)).join('.') ?? '';
  return `${path ? path + ': ' : ''}${first?.message ?? 'invalid'}`;
}

/** Entities validated between progress reports (and between yields to other work). */
const VALIDATE_CHUNK = 2_000;

export async function importPack(
  db: BackstoryDb,
  input: unknown,
  onProgress?: (done: number, total: number) => void,
  /** The validated records, before they are written (writing 16,000 takes over a second). */
  onValidated?: (records: readonly EntityRecord[]) => void,
): Promise<PackImportResult> {
  const parsed = v.safeParse(PackSchema, input);
  if (!parsed.success) return { ok: false, error: `Not a valid knowledge pack: ${describeIssues(parsed.issues)}` };
  const pack = parsed.output;
  const existing = await db.packs.get(pack.id);
  if (existing && existing.version >= pack.version) {
    return { ok: true, packId: pack.id, version: existing.version, imported: 0, skipped: 0, unchanged: true };
  }
  const sources = new Map(pack.sources.map((s) => [s.id, s]));
  const records: EntityRecord[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  let firstProblem: string | undefined;
  // Progress counts validation and writing as one run of 2 × entities steps.
  const total = pack.entities.length * 2;
  for (const [index, raw] of pack.entities.entries()) {
    if (index % VALIDATE_CHUNK === 0) {
      onProgress?.(index, total);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const entity = v.safeParse(PackEntitySchema, raw);
    const source = entity.success ? sources.get(entity.output.sourceId) : undefined;
    if (!entity.success || !source || seen.has(entity.output.id)) {
      skipped++;
      firstProblem ??= `entity ${index}: ${entity.success ? (source ? 'duplicate id' : 'unknown sourceId') : describeIssues(entity.issues)}`;
      continue;
    }
    seen.add(entity.output.id);
    records.push(toRecord(entity.output, pack.id, source));
  }
  onValidated?.(records);
  await db.transaction('rw', db.entities, db.packs, async () => {
    await db.entities.where('packId').equals(pack.id).delete();
    if (pack.deletes.length) await db.entities.bulkDelete(pack.deletes);
    for (let at = 0; at < records.length; at += WRITE_CHUNK) {
      await db.entities.bulkPut(records.slice(at, at + WRITE_CHUNK));
      onProgress?.(pack.entities.length + Math.min(at + WRITE_CHUNK, records.length), pack.entities.length + records.length);
    }
    await db.packs.put({
      id: pack.id,
      version: pack.version,
      title: pack.title,
      licence: pack.licence,
      attribution: pack.attribution,
      importedAt: Date.now(),
      entityCount: records.length,
      skipped,
    });
  });
  return { ok: true, packId: pack.id, version: pack.version, imported: records.length, skipped, firstProblem };
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
