/** The cached articles a page's related coverage is chosen from, found through the entity index. */
import type { ArticleRecord } from './records';
import type { BackstoryDb } from './schema';

export interface SharingArticles {
  /** Articles that name at least one of the keys, at most `maxCandidates`, the page left out. */
  candidates: ArticleRecord[];
  /** In how many cached articles each key appears, the page itself not counted. */
  documentFrequency: Map<string, number>;
  /** Cached articles, the page itself not counted. */
  total: number;
}

/**
 * Articles other than `pageId` that share entities with the page, and how common each entity
 * is. Everything is read through the `entityIds` index, never by scanning the cache: a count
 * per key, then the article keys of the rarest entities first until `maxCandidates` are found
 * (rare names are the ones that score, so a cap cuts the articles that share only common ones),
 * then those articles alone. Deterministic: ties in rarity go by key, articles by URL.
 */
export async function articlesSharingEntities(
  db: BackstoryDb,
  keys: readonly string[],
  pageId: string,
  maxCandidates: number,
): Promise<SharingArticles> {
  return db.transaction('r', db.articles, async () => {
    const unique = [...new Set(keys)];
    const page = await db.articles.get(pageId);
    const onPage = new Set(page?.entityIds ?? []);
    const total = (await db.articles.count()) - (page ? 1 : 0);
    const counts = await Promise.all(
      unique.map((key) => db.articles.where('entityIds').equals(key).count()),
    );
    const documentFrequency = new Map(
      unique.map((key, i) => [key, counts[i] - (onPage.has(key) ? 1 : 0)]),
    );
    const rarestFirst = unique
      .filter((key) => documentFrequency.get(key)! > 0)
      .sort((a, b) => documentFrequency.get(a)! - documentFrequency.get(b)! || (a < b ? -1 : 1));

    const ids = new Set<string>();
    for (const key of rarestFirst) {
      if (ids.size >= maxCandidates) break;
      // Enough to fill the room left even when all those found so far and the page come first.
      const found = await db.articles
        .where('entityIds')
        .equals(key)
        .limit(maxCandidates + 1)
        .primaryKeys();
      for (const id of found) if (id !== pageId && ids.size < maxCandidates) ids.add(id);
    }
    const sorted = [...ids].sort();
    const candidates = (await db.articles.bulkGet(sorted)).filter(
      (a): a is ArticleRecord => a !== undefined,
    );
    return { candidates, documentFrequency, total: Math.max(0, total) };
  });
}

/** Feeds the reader added, the bundled sample left out (a handful of rows: read whole). */
export async function countReaderFeeds(db: BackstoryDb): Promise<number> {
  return db.feeds.filter((feed) => feed.origin === 'user').count();
}
