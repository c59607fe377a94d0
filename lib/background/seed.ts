/**
 * First-run defaults: the starter knowledge pack and the bundled sample feed, imported into the
 * cache so Backstory works offline from the first page. Idempotent: a pack version already
 * imported is skipped, articles are deduped by URL, so running it again changes nothing.
 */
import {
  SAMPLE_FEED_ID,
  SAMPLE_FEED_VERSION,
  SAMPLE_FEED_PATH,
  STARTER_PACK_PATH,
  STARTER_PACK_VERSION_PATH,
} from '../constants';
import type { AliasIndex } from '../db/alias-index';
import { putFeedArticles } from '../db/articles';
import { resolveAliases } from '../db/entities';
import { importPack } from '../packs/import-pack';
import type { EntityRecord } from '../db/records';
import type { BackstoryDb } from '../db/schema';
import { indexItems } from '../feeds/index-articles';
import { normalizeFeed } from '../feeds/normalize-feed';
import { errorMessage } from '../errors';
import { logOnce } from './error-log';

export type AssetReader = (path: string) => Promise<string>;

/**
 * True when the bundled starter pack is already in the cache at its version, read from the small
 * file beside it: the worker starts many times a day (it is stopped when idle), and fetching and
 * parsing the 7 MB pack each time only to find it imported delayed the first lookups after every
 * start. Any doubt (no file, bad file) means "not known to be current": the full import decides.
 */
async function starterIsCurrent(db: BackstoryDb, readAsset: AssetReader): Promise<boolean> {
  try {
    const head = JSON.parse(await readAsset(STARTER_PACK_VERSION_PATH)) as {
      id?: unknown;
      version?: unknown;
    };
    if (typeof head?.id !== 'string' || typeof head.version !== 'number') return false;
    const existing = await db.packs.get(head.id);
    return !!existing && existing.version >= head.version;
  } catch {
    return false;
  }
}

/**
 * `onFirstImport` gets the starter pack's validated entities when the cache holds no pack at
 * all (a fresh install), before they are written: the alias index can answer from them while
 * the write runs (about 1.4 s in Chromium), so the first page's names need not wait for it.
 */
export async function seedBundled(
  db: BackstoryDb,
  readAsset: AssetReader,
  now: number = Date.now(),
  onFirstImport?: (records: readonly EntityRecord[]) => void,
): Promise<void> {
  // Read side by side: this runs at every worker start, before the first lookup is answered.
  const [removedRecord, starterCurrent, seeded] = await Promise.all([
    db.meta.get('starter-removed'),
    starterIsCurrent(db, readAsset),
    db.meta.get('sample-feed-version'),
  ]);
  // A reader who removed the starter pack does not get it back at the next start.
  const current = removedRecord?.value === true || starterCurrent;
  // Only with no pack in the cache is the starter pack all there is to answer from.
  const first =
    !current && onFirstImport && (await db.packs.count()) === 0 ? onFirstImport : undefined;
  const pack = current
    ? ({ ok: true, imported: 0, skipped: 0 } as const)
    : await importPack(
        db,
        JSON.parse(await readAsset(STARTER_PACK_PATH)),
        undefined,
        first,
        undefined,
        { bundled: true },
      );
  if (!pack.ok) throw new Error(`starter pack: ${pack.error}`);
  if (pack.skipped)
    logOnce(
      'starter pack',
      `${pack.skipped} entities skipped (${'firstProblem' in pack ? pack.firstProblem : ''})`,
    );

  if (seeded?.value === SAMPLE_FEED_VERSION && !pack.imported) return;
  // Re-index the sample feed when the pack changed too: entity ids in articles must match.
  const feed = normalizeFeed(await readAsset(SAMPLE_FEED_PATH));
  const articles = await indexItems(
    feed.items,
    { id: SAMPLE_FEED_ID, outlet: 'Backstory sample feed', language: feed.language },
    (keys) => resolveAliases(db, keys),
    now,
  );
  await db.articles.where('feedId').equals(SAMPLE_FEED_ID).delete();
  await putFeedArticles(
    db,
    {
      id: SAMPLE_FEED_ID,
      url: `bundled:${SAMPLE_FEED_PATH}`,
      title: feed.title,
      origin: 'bundled',
      lastSyncAt: now,
      itemCount: 0,
    },
    articles,
  );
  await db.meta.put({ key: 'sample-feed-version', value: SAMPLE_FEED_VERSION });
}

/**
 * Seeding on demand, once per worker start: seeding is idempotent, so it runs at every start,
 * which also covers a worker stopped in the middle of the first import. A failed run leaves no
 * provisional answers behind and lets the next request try again rather than failing forever.
 */
export function seedOnce(
  db: BackstoryDb,
  readAsset: AssetReader,
  aliases: Pick<AliasIndex, 'useProvisional' | 'dropProvisional'>,
): () => Promise<void> {
  let seeding: Promise<void> | null = null;
  return () =>
    (seeding ??= seedBundled(db, readAsset, undefined, (records) =>
      aliases.useProvisional(records),
    ).catch((error: unknown) => {
      seeding = null;
      aliases.dropProvisional();
      logOnce('seed', errorMessage(error));
      throw error;
    }));
}
