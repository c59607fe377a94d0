/**
 * Retention: the article cache keeps at most a number of articles and none published longer
 * ago than an age, oldest pruned first. Only articles of the reader's feeds are pruned: the
 * bundled sample feed (a few items), entities, notes and settings never are. Also the answer
 * to a quota error: prune harder, then report.
 */
import type { BackstoryDb } from './schema';

export interface RetentionLimits {
  maxArticles: number;
  maxAgeDays: number;
}

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;
/** Feed ids of feeds that ship with the extension ("bundled:sample"). */
const BUNDLED_PREFIX = 'bundled:';

/** Delete what is over the limits; returns how many articles were removed. */
export async function pruneArticles(
  db: BackstoryDb,
  limits: RetentionLimits,
  now: number = Date.now(),
): Promise<number> {
  const cutoff = now - limits.maxAgeDays * DAY_MS;
  // Articles with no known date (0) are kept by age and pruned by count, as the oldest.
  const prunable = (a: { feedId: string }) => !a.feedId.startsWith(BUNDLED_PREFIX);
  let removed = await db.articles
    .where('publishedAt')
    .between(1, cutoff, true, false)
    .filter(prunable)
    .delete();
  const excess = (await db.articles.count()) - limits.maxArticles;
  if (excess > 0) {
    const oldest = await db.articles
      .orderBy('publishedAt')
      .filter(prunable)
      .limit(excess)
      .primaryKeys();
    await db.articles.bulkDelete(oldest);
    removed += oldest.length;
  }
  return removed;
}

/** True for the storage-full errors IndexedDB raises, however Dexie wraps them. */
export function isQuotaError(error: unknown): boolean {
  const e = error as { name?: string; inner?: { name?: string } } | null;
  return e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError';
}
