/**
 * Retention: the article cache keeps at most a number of articles and none published longer
 * ago than an age. The count is shared between feeds: when over it, the feeds holding the most
 * are cut back first, each to the same level, oldest articles first, so one feed (however many
 * items it sends, however new it dates them) cannot evict the others. Only articles of the
 * reader's feeds are pruned: the bundled sample feed (a few items), entities, notes and settings
 * never are. What is pruned is remembered (pruned.ts) so it is not fetched back as new. Also the
 * answer to a quota error: prune harder, then report.
 */
import { rememberPruned } from './pruned';
import type { BackstoryDb } from './schema';

export interface RetentionLimits {
  maxArticles: number;
  maxAgeDays: number;
}

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;
/** Feed ids of feeds that ship with the extension ("bundled:sample"). */
const BUNDLED_PREFIX = 'bundled:';

/**
 * The most articles each feed may keep so that all together fit in `room`: feeds under the
 * level keep all of theirs, the rest are cut to it.
 */
export function fairLevel(counts: readonly number[], room: number): number {
  const sorted = [...counts].sort((a, b) => a - b);
  let left = room;
  for (let i = 0; i < sorted.length; i++) {
    const share = Math.floor(left / (sorted.length - i));
    if (sorted[i] > share) return share;
    left -= sorted[i];
  }
  return Infinity;
}

/** Delete what is over the limits; returns how many articles were removed. */
export async function pruneArticles(
  db: BackstoryDb,
  limits: RetentionLimits,
  now: number = Date.now(),
): Promise<number> {
  const cutoff = now - limits.maxAgeDays * DAY_MS;
  const feedIds = (await db.articles.orderBy('feedId').uniqueKeys())
    .map(String)
    .filter((id) => !id.startsWith(BUNDLED_PREFIX));
  let removed = 0;
  // Articles with no known date (0) are kept by age and pruned by count, as the oldest.
  for (const feedId of feedIds) {
    const old = await db.articles
      .where('feedId')
      .equals(feedId)
      .filter((a) => a.publishedAt > 0 && a.publishedAt < cutoff)
      .primaryKeys();
    await db.articles.bulkDelete(old);
    await rememberPruned(db, feedId, old);
    removed += old.length;
  }
  const total = await db.articles.count();
  if (total <= limits.maxArticles) return removed;
  const counts = await Promise.all(
    feedIds.map((id) => db.articles.where('feedId').equals(id).count()),
  );
  const kept = total - counts.reduce((a, b) => a + b, 0);
  const level = fairLevel(counts, Math.max(0, limits.maxArticles - kept));
  for (const [i, feedId] of feedIds.entries()) {
    if (counts[i] <= level) continue;
    const oldest = (await db.articles.where('feedId').equals(feedId).sortBy('publishedAt'))
      .slice(0, counts[i] - level)
      .map((a) => a.id);
    await db.articles.bulkDelete(oldest);
    await rememberPruned(db, feedId, oldest);
    await db.feeds.update(feedId, { itemCount: level });
    removed += oldest.length;
  }
  return removed;
}

/** True for the storage-full errors IndexedDB raises, however Dexie wraps them. */
export function isQuotaError(error: unknown): boolean {
  const e = error as { name?: string; inner?: { name?: string } } | null;
  return e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError';
}
