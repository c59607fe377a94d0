/** Article storage and the queries cards need: related articles, the same measure, a name. */
import type { MeasureElsewhere, RelatedArticle } from '../types/cards';
import type { ArticleRecord, FeedRecord } from './records';
import { DAY_MS } from './retention';
import type { BackstoryDb } from './schema';

/**
 * Write a feed's articles and its status in one transaction (parsing and recognition are done
 * before it opens, so the transaction never waits on the network). Dedupe is by canonical URL
 * (the primary key) across feeds; an article already known keeps its first feed and date.
 */
export async function putFeedArticles(
  db: BackstoryDb,
  feed: FeedRecord,
  articles: ArticleRecord[],
): Promise<number> {
  return db.transaction('rw', db.articles, db.feeds, async () => {
    const existing = await db.articles.bulkGet(articles.map((a) => a.id));
    // The same story under another URL but the same GUID (feeds that change links) is not new either.
    const guids = articles.flatMap((a) => (a.guid ? [a.guid] : []));
    const knownGuids = new Set(
      guids.length
        ? (await db.articles.where('guid').anyOf(guids).toArray()).map((a) => a.guid)
        : [],
    );
    const fresh = articles.filter((a, i) => !existing[i] && !(a.guid && knownGuids.has(a.guid)));
    await db.articles.bulkPut(fresh);
    await db.feeds.put({
      ...feed,
      itemCount: await db.articles.where('feedId').equals(feed.id).count(),
    });
    return fresh.length;
  });
}

/** The part of a stored article a card shows. */
export const toRelated = (a: ArticleRecord): RelatedArticle => ({
  url: a.url,
  title: a.title,
  outlet: a.outlet,
  publishedAt: a.publishedAt,
});

/** Days over which an article's recency bonus halves: news a month old is still related. */
const RECENCY_HALF_LIFE_DAYS = 30;

/**
 * Articles mentioning the entity, the current page left out (`pageId`: its canonical URL, the
 * articles' key), ranked by how many of the page's other entities they share (a story about the
 * same event) plus a recency bonus in 0..1.
 */
export async function relatedArticles(
  db: BackstoryDb,
  entityId: string,
  pageId: string,
  limit: number,
  pageEntityIds: readonly string[] = [],
  now: number = Date.now(),
): Promise<RelatedArticle[]> {
  const onPage = new Set(pageEntityIds.filter((id) => id !== entityId));
  const rows = await db.articles.where('entityIds').equals(entityId).toArray();
  const score = (a: ArticleRecord) => {
    const shared = a.entityIds.filter((id) => onPage.has(id)).length;
    const ageDays = a.publishedAt > 0 ? Math.max(0, (now - a.publishedAt) / DAY_MS) : Infinity;
    return shared + Math.pow(0.5, ageDays / RECENCY_HALF_LIFE_DAYS);
  };
  return rows
    .filter((a) => a.id !== pageId)
    .map((a) => ({ a, s: score(a) }))
    .sort((x, y) => y.s - x.s || y.a.publishedAt - x.a.publishedAt)
    .slice(0, limit)
    .map(({ a }) => toRelated(a));
}

/** The same measure (figure key) in other cached articles than `pageId`, newest first. */
export async function sameMeasure(
  db: BackstoryDb,
  key: string,
  pageId: string,
  limit: number,
): Promise<MeasureElsewhere[]> {
  const rows = await db.articles.where('figureKeys').equals(key).toArray();
  return rows
    .filter((a) => a.id !== pageId)
    .sort((a, b) => b.publishedAt - a.publishedAt)
    .slice(0, limit)
    .map((a) => {
      const f = a.figures.find((x) => x.key === key);
      return { ...toRelated(a), value: f?.value ?? NaN, text: f?.text ?? '' };
    });
}

/** Articles other than `pageId` whose title or summary names this exact text, newest first. */
export function articlesNaming(
  db: BackstoryDb,
  name: string,
  pageId: string,
  limit: number,
): Promise<ArticleRecord[]> {
  return db.articles
    .orderBy('publishedAt')
    .reverse()
    .filter((a) => a.id !== pageId && (a.title.includes(name) || a.summary.includes(name)))
    .limit(limit)
    .toArray();
}
