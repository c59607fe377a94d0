/** The names a pack entity answers to (its name and aliases), to judge where a highlight links. */
import { aliasKey } from '../../lib/recognize/normalize';
import { readPackText, STARTER_PACK_FILE } from '../pack/pack-file';

export type EntityNames = (entityId: string) => readonly string[] | undefined;

/** Entity id → name and aliases, from a pack file (default: the shipped starter pack). */
export function packNames(file = STARTER_PACK_FILE): EntityNames {
  const pack = JSON.parse(readPackText(file)) as {
    entities: { id: string; name: string; aliases?: string[] }[];
  };
  const names = new Map(pack.entities.map((e) => [e.id, [e.name, ...(e.aliases ?? [])]]));
  return (id) => names.get(id);
}

/**
 * The label entities no pack entity is named or aliased as: a link can never match them, so a
 * label naming an entity by another form than the pack's ("United States Congress" for "U.S.
 * Congress") shows up here rather than as a wrong link only.
 */
export function entitiesNotInPack(
  labelled: readonly (string | null | undefined)[],
  file = STARTER_PACK_FILE,
): string[] {
  const pack = JSON.parse(readPackText(file)) as {
    entities: { id: string; name: string; aliases?: string[] }[];
  };
  const known = new Set(pack.entities.flatMap((e) => [e.name, ...(e.aliases ?? [])].map(aliasKey)));
  const ids = new Set(pack.entities.map((e) => e.id));
  return [...new Set(labelled.filter((n): n is string => !!n))].filter(
    (n) => !known.has(aliasKey(n)) && !ids.has(n),
  );
}
