/**
 * What retention removed, per feed: a feed still listing a pruned item must not have it counted
 * as new, written and pruned again at every sync. Kept as ids in a meta record per feed,
 * newest last, capped (a feed lists at most FEED_ITEM_CAP items, so the cap covers them).
 */
import type { BackstoryDb } from './schema';

/** Pruned ids remembered per feed: several syncs' worth of a full feed. */
const REMEMBERED = 5_000;

const keyOf = (feedId: string) => `pruned:${feedId}`;

export async function prunedIds(db: BackstoryDb, feedId: string): Promise<ReadonlySet<string>> {
  const value = (await db.meta.get(keyOf(feedId)))?.value;
  return new Set(
    Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [],
  );
}

export async function rememberPruned(
  db: BackstoryDb,
  feedId: string,
  ids: readonly string[],
): Promise<void> {
  if (!ids.length) return;
  const known = [...(await prunedIds(db, feedId))].filter((id) => !ids.includes(id));
  await db.meta.put({ key: keyOf(feedId), value: [...known, ...ids].slice(-REMEMBERED) });
}

export async function forgetPruned(db: BackstoryDb, feedId: string): Promise<void> {
  await db.meta.delete(keyOf(feedId));
}
