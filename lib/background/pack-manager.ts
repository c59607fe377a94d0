/**
 * The reader's knowledge packs: import from a file's text or from a URL (re-fetched daily,
 * like a feed), list, remove, with import progress the settings page can poll. Every change
 * drops the in-memory alias index so pages see it at once.
 */
import { FEED_LIMITS, PACK_LIMITS, STARTER_PACK_ID } from '../constants';
import type { AliasIndex } from '../db/alias-index';
import { removePack } from '../db/packs';
import type { BackstoryDb } from '../db/schema';
import { errorMessage } from '../errors';
import { refuseFeedUrl } from '../feeds/address-rules';
import { decodeFeedBytes } from '../feeds/decode';
import { fetchFeed } from '../feeds/fetch-feed';
import { importPackText, type ImportRules } from '../packs/import-pack';
import type { PackImportResult, PackStatus } from '../types/status';
import type { AlarmsLike } from './alarms';

const PACK_ALARM_PREFIX = 'pack:';

export function createPackManager(deps: {
  db: BackstoryDb;
  aliases: AliasIndex;
  alarms: AlarmsLike;
  fetch?: typeof fetch;
  onChanged?: () => void;
  yieldToPages?: () => Promise<void>;
}) {
  // What the recognizer knows changed: the alias index and cached preparations are stale.
  const changed = () => {
    deps.aliases.invalidate();
    deps.onChanged?.();
  };
  const { db } = deps;
  let progress: { done: number; total: number } | null = null;

  /** Import a pack from the text of a file, reporting progress while it runs. */
  const importText = async (text: string, rules: ImportRules = {}): Promise<PackImportResult> => {
    progress = { done: 0, total: 1 };
    try {
      const result = await importPackText(
        db,
        text,
        (done, total) => (progress = { done, total }),
        deps.yieldToPages,
        rules,
      );
      if (result.ok) changed();
      return result;
    } finally {
      progress = null;
    }
  };
  const urlKey = (id: string) => `pack-url:${id}`;

  /**
   * Fetch a pack by URL and import it; `expectedId` is set on a refresh, whose pack must keep
   * the id it was added under.
   */
  const fetchAndImport = async (
    url: string,
    allowLocal: boolean,
    expectedId?: string,
  ): Promise<PackImportResult> => {
    const refused = refuseFeedUrl(url, allowLocal);
    if (refused) return { ok: false, error: refused };
    try {
      const fetched = await fetchFeed(
        url,
        {},
        { maxBytes: PACK_LIMITS.maxBytes, timeoutMs: FEED_LIMITS.timeoutMs },
        deps.fetch,
        allowLocal,
      );
      if (fetched.status !== 'ok') return { ok: false, error: 'The server sent nothing new.' };
      return await importText(decodeFeedBytes(fetched.bytes, fetched.charset).text, {
        expectedId,
      });
    } catch (error) {
      return { ok: false, error: errorMessage(error) };
    }
  };

  return {
    importText: (text: string) => importText(text),
    /** Fetch a pack by URL, import it, and re-fetch it daily. */
    async addUrl(url: string, allowLocal: boolean): Promise<PackImportResult> {
      try {
        const result = await fetchAndImport(url, allowLocal);
        if (result.ok) {
          await db.meta.put({ key: urlKey(result.packId), value: { url, allowLocal } });
          await deps.alarms.create(PACK_ALARM_PREFIX + result.packId, {
            periodInMinutes: PACK_LIMITS.refreshMinutes,
          });
        }
        return result;
      } catch (error) {
        return { ok: false, error: errorMessage(error) };
      }
    },
    async list(): Promise<PackStatus[]> {
      const packs = await db.packs.toArray();
      return Promise.all(
        packs.map(async (p) => ({
          id: p.id,
          title: p.title,
          version: p.version,
          entityCount: p.entityCount,
          skipped: p.skipped,
          importedAt: p.importedAt,
          url: ((await db.meta.get(urlKey(p.id)))?.value as { url?: string } | undefined)?.url,
        })),
      );
    },
    async remove(id: string): Promise<boolean> {
      const removed = await removePack(db, id);
      if (removed) {
        changed();
        await db.meta.delete(urlKey(id));
        // The starter pack, once removed, is not brought back at the next start.
        if (id === STARTER_PACK_ID) await db.meta.put({ key: 'starter-removed', value: true });
        await deps.alarms.clear(PACK_ALARM_PREFIX + id);
      }
      return removed;
    },
    progress: () => progress,
    /** A daily refresh: the same URL, and the pack must keep its id. */
    async onAlarm(name: string): Promise<PackImportResult | undefined> {
      if (!name.startsWith(PACK_ALARM_PREFIX)) return;
      const id = name.slice(PACK_ALARM_PREFIX.length);
      const saved = (await db.meta.get(urlKey(id)))?.value as
        { url: string; allowLocal: boolean } | undefined;
      if (saved) return fetchAndImport(saved.url, saved.allowLocal, id);
    },
  };
}

export type PackManager = ReturnType<typeof createPackManager>;
