/**
 * The starter pack's release: its version and a hash of the entities it holds. Installed copies
 * re-import the bundled pack only when its version changes, so a build that changes the entities
 * must bump the version; the starter-pack test compares the committed pack with this hash and
 * fails until both are updated.
 */
import { fnv1a } from '../../lib/hash';

export const STARTER_RELEASE = { version: 9, entitiesHash: '589d2da8' } as const;

/** The hash `STARTER_RELEASE.entitiesHash` records: FNV-1a over the entities' JSON. */
export const entitiesHash = (entities: unknown[]) =>
  fnv1a(JSON.stringify(entities)).toString(16).padStart(8, '0');
