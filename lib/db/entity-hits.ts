/**
 * The answers one entity gives to alias lookups, key by key: the same hit for every key, and a
 * copy marked `caps` for the keys its pack only ever writes in capitals (acronyms), so the
 * recognizer can ask text to be written so too. Shared by the in-memory index, its saved copy
 * and the IndexedDB fallback, so all three answer alike.
 */
import type { EntityHit } from '../types/mention';
import type { EntityRecord } from './records';

export type HitSource = Pick<
  EntityRecord,
  'id' | 'type' | 'name' | 'prominence' | 'aliasKeys' | 'capsKeys' | 'area' | 'within'
>;

export function entityHits(e: HitSource): [key: string, hit: EntityHit][] {
  const hit: EntityHit = {
    id: e.id,
    type: e.type,
    name: e.name,
    prominence: e.prominence,
    ...(e.area ? { area: e.area } : {}),
    ...(e.within ? { within: e.within } : {}),
  };
  const caps = e.capsKeys?.length ? new Set(e.capsKeys) : null;
  const capsHit: EntityHit | null = caps ? { ...hit, caps: true } : null;
  return e.aliasKeys.map((key) => [key, capsHit && caps?.has(key) ? capsHit : hit]);
}
