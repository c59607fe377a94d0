/**
 * The reader's feeds: add, list, sync now, remove, and the alarms that sync them on their
 * interval. Browser APIs come in as parameters so the logic is testable without a browser.
 */
import { DEFAULT_FEED_INTERVAL_MIN, FEED_LIMITS, RETENTION } from '../constants';
import type { FeedRecord } from '../db/records';
import type { BackstoryDb } from '../db/schema';
import { fnv1a } from '../hash';
import { forgetPruned } from '../db/pruned';
import { refuseFeedUrl } from '../feeds/address-rules';
import type { BatchResolver } from '../recognize/recognize-texts';
import { syncFeed } from '../feeds/sync';
import type { FeedStatus } from '../types/status';
import type { AlarmsLike } from './alarms';

export interface FeedManagerDeps {
  db: BackstoryDb;
  resolve: BatchResolver;
  /** Called between slices of a sync, so pages are answered first. */
  yieldToPages?: () => Promise<void>;
  alarms: AlarmsLike;
  fetch?: typeof fetch;
}

const ALARM_PREFIX = 'feed:';

/** A stable id from the URL, so adding the same feed twice finds the first. */
function feedId(url: string): string {
  return `user:${fnv1a(url).toString(36)}`;
}

export function createFeedManager(deps: FeedManagerDeps) {
  const { db } = deps;
  const status = async (f: FeedRecord): Promise<FeedStatus> => ({
    id: f.id,
    url: f.url,
    title: f.title,
    itemCount: f.itemCount,
    lastSyncAt: f.lastSyncAt,
    lastError: f.lastError,
    origin: f.origin,
    intervalMinutes: f.intervalMinutes ?? DEFAULT_FEED_INTERVAL_MIN,
    nextSyncAt:
      f.origin === 'user' ? (await deps.alarms.get(ALARM_PREFIX + f.id))?.scheduledTime : undefined,
  });
  const sync = async (feed: FeedRecord) => {
    await syncFeed(
      {
        db,
        resolve: deps.resolve,
        yieldToPages: deps.yieldToPages,
        fetch: deps.fetch,
        limits: FEED_LIMITS,
        retention: RETENTION,
      },
      feed,
    );
    return status((await db.feeds.get(feed.id)) ?? feed);
  };
  return {
    async list(): Promise<FeedStatus[]> {
      return Promise.all((await db.feeds.toArray()).map(status));
    },
    async add(rawUrl: string, allowLocal: boolean): Promise<FeedStatus | { error: string }> {
      const url = rawUrl.trim();
      const refused = refuseFeedUrl(url, allowLocal);
      if (refused) return { error: refused };
      const id = feedId(new URL(url).href);
      const existing = await db.feeds.get(id);
      const feed: FeedRecord = existing ?? {
        id,
        url: new URL(url).href,
        title: new URL(url).hostname,
        origin: 'user',
        itemCount: 0,
        allowLocal,
        intervalMinutes: DEFAULT_FEED_INTERVAL_MIN,
      };
      if (!existing) await db.feeds.put(feed);
      await deps.alarms.create(ALARM_PREFIX + id, {
        periodInMinutes: feed.intervalMinutes ?? DEFAULT_FEED_INTERVAL_MIN,
      });
      return sync(feed);
    },
    async syncNow(id: string): Promise<FeedStatus | null> {
      const feed = await db.feeds.get(id);
      return feed && feed.origin === 'user' ? sync(feed) : null;
    },
    /** Change how often a feed syncs; the next sync is one new interval from now. */
    async setInterval(id: string, minutes: number): Promise<FeedStatus | null> {
      const feed = await db.feeds.get(id);
      if (!feed || feed.origin !== 'user') return null;
      await db.feeds.update(id, { intervalMinutes: minutes });
      await deps.alarms.create(ALARM_PREFIX + id, { periodInMinutes: minutes });
      return status({ ...feed, intervalMinutes: minutes });
    },
    async remove(id: string): Promise<boolean> {
      const feed = await db.feeds.get(id);
      if (!feed || feed.origin !== 'user') return false;
      await db.transaction('rw', db.feeds, db.articles, async () => {
        await db.articles.where('feedId').equals(id).delete();
        await db.feeds.delete(id);
      });
      await forgetPruned(db, id);
      await deps.alarms.clear(ALARM_PREFIX + id);
      return true;
    },
    /** An alarm fired: sync the feed it names (ignores alarms that are not ours). */
    async onAlarm(name: string): Promise<void> {
      if (name.startsWith(ALARM_PREFIX)) await this.syncNow(name.slice(ALARM_PREFIX.length));
    },
  };
}

export type FeedManager = ReturnType<typeof createFeedManager>;
