/**
 * Knowledge-pack validation: the pack's header as a whole, then each entity on its own (one
 * malformed entity is skipped and counted, never sinks the whole pack), into the records the
 * cache stores, with their alias keys normalised the way the recognizer looks them up.
 */
import * as v from 'valibot';
import type { EntityRecord } from '../db/records';
import { aliasKey, isWrittenInCapitals } from '../recognize/normalize';
import {
  PackEntitySchema,
  PackSchema,
  type Pack,
  type PackEntity,
  type PackSource,
} from './pack-format';

/** Entities validated between progress reports (and between yields to other work). */
const VALIDATE_CHUNK = 2_000;

/** The records of a pack's valid entities, and what was skipped. */
export interface ValidatedEntities {
  records: EntityRecord[];
  skipped: number;
  /** Where the first skipped entity went wrong, for the settings page. */
  firstProblem?: string;
}

/** Describe a valibot failure in one line a user can act on. */
function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  const path = first?.path?.map((p) => String(p.key)).join('.') ?? '';
  return `${path ? path + ': ' : ''}${first?.message ?? 'invalid'}`;
}

/**
 * The lookup keys of a name and its aliases, and those of them only ever written in capitals
 * ("USS", "U.S."): acronyms, which text must write in capitals to be.
 */
export function aliasKeysOf(aliases: readonly string[]): {
  aliasKeys: string[];
  capsKeys?: string[];
} {
  const aliasKeys = [...new Set(aliases.map(aliasKey).filter(Boolean))];
  const capsKeys = aliasKeys.filter((key) =>
    aliases.every((a) => aliasKey(a) !== key || isWrittenInCapitals(a)),
  );
  return capsKeys.length ? { aliasKeys, capsKeys } : { aliasKeys };
}

function toRecord(entity: PackEntity, packId: string, source: PackSource): EntityRecord {
  const aliases = [
    ...new Set([entity.name, ...entity.aliases].map((a) => a.trim()).filter(Boolean)),
  ];
  const { aliasKeys, capsKeys } = aliasKeysOf(aliases);
  return {
    id: entity.id,
    packId,
    type: entity.type,
    name: entity.name,
    aliases,
    aliasKeys,
    ...(capsKeys ? { capsKeys } : {}),
    description: entity.description,
    background: entity.background,
    source: { name: source.name, url: source.url, licence: source.licence },
    sourceUrl: entity.sourceUrl,
    updatedAt: entity.updatedAt,
    prominence: entity.prominence,
    ...(entity.area ? { area: entity.area } : {}),
    ...(entity.within ? { within: entity.within } : {}),
  };
}

/** The pack's header and sources; its entities are checked one by one by `validateEntities`. */
export function validatePackHeader(
  input: unknown,
): { ok: true; pack: Pack } | { ok: false; error: string } {
  const parsed = v.safeParse(PackSchema, input);
  return parsed.success
    ? { ok: true, pack: parsed.output }
    : { ok: false, error: `Not a valid knowledge pack: ${describeIssues(parsed.issues)}` };
}

/**
 * Validate every entity of a pack, yielding to other work between chunks. `onChecked` hears how
 * many entities have been looked at so far.
 */
export async function validateEntities(
  pack: Pack,
  onChecked?: (done: number) => void,
  /** Called between chunks: a page's request is answered first (lib/background/page-first.ts). */
  pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
): Promise<ValidatedEntities> {
  const sources = new Map(pack.sources.map((s) => [s.id, s]));
  const records: EntityRecord[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  let firstProblem: string | undefined;
  for (const [index, raw] of pack.entities.entries()) {
    if (index % VALIDATE_CHUNK === 0) {
      onChecked?.(index);
      await pause();
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
  return { records, skipped, firstProblem };
}
