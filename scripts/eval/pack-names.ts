/** The names a pack entity answers to (its name and aliases), to judge where a highlight links. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../harness/paths';

export type EntityNames = (entityId: string) => readonly string[] | undefined;

/** Entity id → name and aliases, from a pack file (default: the shipped starter pack). */
export function packNames(file = join(ROOT, 'public/packs/starter.json')): EntityNames {
  const pack = JSON.parse(readFileSync(file, 'utf8')) as {
    entities: { id: string; name: string; aliases?: string[] }[];
  };
  const names = new Map(pack.entities.map((e) => [e.id, [e.name, ...(e.aliases ?? [])]]));
  return (id) => names.get(id);
}
