/** Article storage and the queries cards need: related articles, the same measure, a name. */
import type { MeasureElsewhere, RelatedArticle } from '../types/cards';
import type { ArticleRecord, FeedRecord } from './records';
import { DAY_MS } from './retention';
import type { BackstoryDb } from './schema';

/** Articles written per transaction: a page's lookups are answered between slices. */
const WRITE_SLICE = 500;

/**
 * Write a feed's articles, then its status (parsing and recognition are done before, so no
 * transaction waits on the network). Written in slices with `yieldToPages` between them, so a
 * large feed does not hold the worker; a write cut short is completed by the next sync, since
 * dedupe is by canonical URL (the primary key) across feeds and by GUID: an article already
 * known keeps its first feed and date.
 */
export async function putFeedArticles(
  db: BackstoryDb,
  feed: FeedRecord,
  articles: ArticleRecord[],
  yieldToPages: () => Promise<void> = async () => undefined,
): Promise<number> {
  let added = 0;
  for (let at = 0; at < articles.length; at += WRITE_SLICE) {
    if (at) await yieldToPages();
    const slice = articles.slice(at, at + WRITE_SLICE);
    added += await db.transaction('rw', db.articles, async () => {
      const existing = await db.articles.bulkGet(slice.map((a) => a.id));
      // The same story under another URL but the same GUID (feeds that change links) is not new either.
      const guids = slice.flatMap((a) => (a.guid ? [a.guid] : []));
      const knownGuids = new Set(
        guids.length
          ? (await db.articles.where('guid').anyOf(guids).toArray()).map((a) => a.guid)
          : [],
      );
      const fresh = slice.filter((a, i) => !existing[i] && !(a.guid && knownGuids.has(a.guid)));
      await db.articles.bulkPut(fresh);
      return fresh.length;
    });
  }
  await db.transaction('rw', db.articles, db.feeds, async () => {
    await db.feeds.put({
      ...feed,
      itemCount: await db.articles.where('feedId').equals(feed.id).count(),
    });
  });
  return added;
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
