/** Entity lookups: batched alias resolution for a page, and one entity for a card. */
import type { EntityHit } from '../types/mention';
import { entityHits } from './entity-hits';
import type { EntityRecord } from './records';
import type { BackstoryDb } from './schema';

/**
 * Resolve many alias keys in one indexed query (multi-entry `aliasKeys`, `anyOf`), instead of
 * one round trip per name. Hits per key come sorted by prominence, most prominent first.
 */
export async function resolveAliases(
  db: BackstoryDb,
  keys: readonly string[],
): Promise<Record<string, EntityHit[]>> {
  const wanted = new Set(keys);
  // No prototype: a key is page text, and "constructor" must not find Object's.
  const result: Record<string, EntityHit[]> = Object.create(null) as Record<string, EntityHit[]>;
  if (wanted.size === 0) return result;
  const entities = await db.entities
    .where('aliasKeys')
    .anyOf([...wanted])
    .distinct()
    .toArray();
  for (const e of entities) {
    for (const [key, hit] of entityHits(e)) {
      if (wanted.has(key)) (result[key] ??= []).push(hit);
    }
  }
  for (const hits of Object.values(result)) hits.sort((a, b) => b.prominence - a.prominence);
  return result;
}

export function getEntity(db: BackstoryDb, id: string): Promise<EntityRecord | undefined> {
  return db.entities.get(id);
}
