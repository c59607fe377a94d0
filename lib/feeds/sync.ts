/**
 * Syncing one feed: fetch (conditional, limited), decode and parse, recognise the entities and
 * figures of each item, then write the new articles and the feed's status in one transaction.
 * A 304 writes no article. Any failure is kept on the feed, in words, and never thrown: one bad
 * feed fails alone. Idempotent: articles are deduped by URL and GUID, so a sync interrupted by
 * the worker stopping is simply done again by the next run.
 */
import { putFeedArticles } from '../db/articles';
import type { FeedRecord } from '../db/records';
import { prunedIds } from '../db/pruned';
import { DAY_MS, isQuotaError, pruneArticles, type RetentionLimits } from '../db/retention';
import { FEED_ITEM_CAP } from '../constants';
import type { BackstoryDb } from '../db/schema';
import { errorMessage } from '../errors';
import { refuseFeedUrl } from './address-rules';
import { fetchFeed, type FetchLimits } from './fetch-feed';
import type { BatchResolver } from '../recognize/recognize-texts';
import { indexItems } from './index-articles';
import { normalizeFeedBytes, type NormalizedItem } from './normalize-feed';

export interface SyncDeps {
  db: BackstoryDb;
  resolve: BatchResolver;
  /** Called between slices of work, so a page's request is answered first. */
  yieldToPages?: () => Promise<void>;
  fetch?: typeof fetch;
  now?: () => number;
  limits: FetchLimits;
  retention: RetentionLimits;
}

export type SyncResult =
  { ok: true; added: number; notModified: boolean } | { ok: false; error: string };

function outletOf(feedTitle: string, url: string): string {
  return feedTitle || new URL(url).hostname.replace(/^www\./, '');
}

/**
 * The items worth writing: none that retention already removed from this feed or would remove
 * at once for age, and dates no later than now (a date ahead is accepted for clock and zone
 * errors, but must not make an item outlast the others).
 */
async function itemsToKeep(
  deps: SyncDeps,
  feedId: string,
  items: readonly NormalizedItem[],
  now: number,
): Promise<NormalizedItem[]> {
  const pruned = await prunedIds(deps.db, feedId);
  const cutoff = now - deps.retention.maxAgeDays * DAY_MS;
  return items
    .filter((item) => !pruned.has(item.id) && !(item.publishedAt > 0 && item.publishedAt < cutoff))
    .map((item) => (item.publishedAt > now ? { ...item, publishedAt: now } : item));
}

export async function syncFeed(deps: SyncDeps, feed: FeedRecord): Promise<SyncResult> {
  const now = deps.now?.() ?? Date.now();
  const fail = async (error: string): Promise<SyncResult> => {
    await deps.db.feeds.update(feed.id, { lastError: error, lastAttemptAt: now });
    return { ok: false, error };
  };
  const refused = refuseFeedUrl(feed.url, !!feed.allowLocal);
  if (refused) return fail(refused);
  try {
    const fetched = await fetchFeed(
      feed.url,
      { etag: feed.etag, lastModified: feed.lastModified },
      deps.limits,
      deps.fetch,
      !!feed.allowLocal,
    );
    if (fetched.status === 'not-modified') {
      await deps.db.feeds.update(feed.id, {
        lastSyncAt: now,
        lastAttemptAt: now,
        lastError: undefined,
      });
      return { ok: true, added: 0, notModified: true };
    }
    await deps.yieldToPages?.();
    const parsed = normalizeFeedBytes(fetched.bytes, {
      url: fetched.finalUrl,
      charset: fetched.charset,
      maxItems: FEED_ITEM_CAP,
    });
    await deps.yieldToPages?.();
    const articles = await indexItems(
      await itemsToKeep(deps, feed.id, parsed.items, now),
      { id: feed.id, outlet: outletOf(parsed.title, feed.url), language: parsed.language },
      deps.resolve,
      now,
      deps.yieldToPages,
    );
    const write = () =>
      putFeedArticles(
        deps.db,
        {
          ...feed,
          title: parsed.title,
          etag: fetched.etag,
          lastModified: fetched.lastModified,
          lastSyncAt: now,
          lastAttemptAt: now,
          lastError: parsed.salvaged
            ? 'The feed was cut off; its complete items were kept.'
            : undefined,
        },
        articles,
        deps.yieldToPages,
      );
    let added: number;
    try {
      added = await write();
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      // Storage is full: make room by keeping half the article cache, try once more, and say so.
      await pruneArticles(
        deps.db,
        { ...deps.retention, maxArticles: Math.floor((await deps.db.articles.count()) / 2) },
        now,
      );
      added = await write();
      await deps.db.feeds.update(feed.id, {
        lastError: 'Storage was full: older articles were removed to make room.',
      });
    }
    await pruneArticles(deps.db, deps.retention, now);
    return { ok: true, added, notModified: false };
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    const message = timedOut ? 'The server took too long to answer.' : errorMessage(error);
    return fail(message);
  }
}
