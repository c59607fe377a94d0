/**
 * A page's related coverage from the cache (Dexie on fake-indexeddb): candidates and counts come
 * through the entity index, the page itself is left out, and the `page-coverage` message is
 * answered only to Backstory's own pages, with its input checked before anything is read.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createRouter } from '../../lib/background/router';
import { PAGE_COVERAGE_LIMITS } from '../../lib/constants';
import { articlesSharingEntities, countReaderFeeds } from '../../lib/db/coverage-candidates';
import type { ArticleRecord, FeedRecord } from '../../lib/db/records';
import { openDb, type BackstoryDb } from '../../lib/db/schema';

const DAY = 86_400_000;
let db: BackstoryDb;
let n = 0;
afterEach(async () => db?.delete());

function fresh(): BackstoryDb {
  db = openDb(`page-coverage-${n++}`);
  return db;
}

const record = (slug: string, entityIds: string[], publishedAt = 10 * DAY): ArticleRecord => ({
  id: `https://news.example/${slug}`,
  url: `https://www.news.example/${slug}`,
  feedId: 'f1',
  title: `Story ${slug}`,
  summary: '',
  outlet: 'Example News',
  publishedAt,
  entityIds,
  figureKeys: [],
  figures: [],
  fetchedAt: 0,
});

const feed = (id: string, origin: FeedRecord['origin']): FeedRecord => ({
  id,
  url: `https://news.example/${id}.xml`,
  title: id,
  origin,
  itemCount: 0,
});

/** Articles read from the table, one by one, while `run` runs. */
async function recordsRead(run: () => Promise<unknown>): Promise<number> {
  let read = 0;
  const hook = (obj: unknown) => {
    if (obj) read++;
    return obj;
  };
  db.articles.hook('reading', hook);
  try {
    await run();
  } finally {
    db.articles.hook('reading').unsubscribe(hook);
  }
  return read;
}

describe('articles sharing entities', () => {
  it('counts each entity’s articles, the page left out, and finds only articles that share one', async () => {
    fresh();
    await db.articles.bulkPut([
      record('this-page', ['kherson', 'usa']),
      record('a', ['kherson', 'usa']),
      record('b', ['usa']),
      record('c', ['paris']),
    ]);
    const found = await articlesSharingEntities(
      db,
      ['kherson', 'usa', 'nowhere'],
      'https://news.example/this-page',
      100,
    );
    expect(found.total).toBe(3);
    expect(Object.fromEntries(found.documentFrequency)).toEqual({ kherson: 1, usa: 2, nowhere: 0 });
    expect(found.candidates.map((a) => a.title)).toEqual(['Story a', 'Story b']);
  });

  it('reads only the candidates, however large the cache', async () => {
    fresh();
    await db.articles.bulkPut([
      ...Array.from({ length: 300 }, (_, i) => record(`other-${i}`, [`e${i}`])),
      record('a', ['kherson']),
      record('b', ['kherson', 'usa']),
    ]);
    const read = await recordsRead(() =>
      articlesSharingEntities(db, ['kherson', 'usa'], 'https://news.example/none', 100),
    );
    expect(read).toBe(2);
  });

  it('fills a capped list with the articles of the rarest entities first', async () => {
    fresh();
    await db.articles.bulkPut([
      record('rare', ['kherson', 'usa']),
      ...Array.from({ length: 20 }, (_, i) => record(`common-${i}`, ['usa'])),
    ]);
    const found = await articlesSharingEntities(db, ['usa', 'kherson'], 'none', 3);
    expect(found.candidates).toHaveLength(3);
    expect(found.candidates.map((a) => a.title)).toContain('Story rare');
    expect(found.documentFrequency.get('usa')).toBe(21);
  });

  it('fills the room left with articles not found through a rarer entity', async () => {
    fresh();
    await db.articles.bulkPut([
      record('a', ['kherson', 'usa']),
      record('b', ['kherson', 'usa']),
      record('c', ['usa']),
      record('d', ['usa']),
    ]);
    const found = await articlesSharingEntities(db, ['usa', 'kherson'], 'none', 3);
    expect(found.candidates.map((a) => a.title)).toEqual(['Story a', 'Story b', 'Story c']);
  });

  it('finds nothing in an empty cache or for a page without entities', async () => {
    fresh();
    expect(await articlesSharingEntities(db, ['usa'], 'none', 10)).toEqual({
      candidates: [],
      documentFrequency: new Map([['usa', 0]]),
      total: 0,
    });
    await db.articles.put(record('a', ['usa']));
    expect((await articlesSharingEntities(db, [], 'none', 10)).candidates).toEqual([]);
  });

  it('counts the feeds the reader added, not the bundled sample', async () => {
    fresh();
    await db.feeds.bulkPut([feed('bundled:sample', 'bundled'), feed('mine', 'user')]);
    expect(await countReaderFeeds(db)).toBe(1);
  });
});

describe('the page-coverage message', () => {
  const route = () => createRouter({ db: fresh(), ready: async () => undefined });
  const request = (over: Record<string, unknown> = {}) => ({
    type: 'page-coverage',
    pageUrl: 'https://www.news.example/this-page?utm_source=feed#top',
    entities: [
      { id: 'kherson', mentions: 2 },
      { id: 'usa', mentions: 5 },
    ],
    ...over,
  });

  it('answers an own page with the articles that share the rarest names, the page itself left out', async () => {
    const answer = route();
    await db.feeds.put(feed('mine', 'user'));
    await db.articles.bulkPut([
      record('this-page', ['kherson', 'usa']),
      record('about-kherson', ['kherson'], 2 * DAY),
      ...Array.from({ length: 5 }, (_, i) => record(`usa-${i}`, ['usa'], (3 + i) * DAY)),
      record('unrelated', ['paris']),
    ]);
    const answered = await answer(request(), true);
    expect(answered).toMatchObject({ ok: true, compared: 7, feeds: 1 });
    if (!answered.ok || !('articles' in answered)) throw new Error('no coverage');
    expect(answered.articles.map((a) => a.title)).toEqual([
      'Story about-kherson',
      'Story usa-4',
      'Story usa-3',
      'Story usa-2',
      'Story usa-1',
      'Story usa-0',
    ]);
    expect(answered.articles[0]).toEqual({
      url: 'https://www.news.example/about-kherson',
      title: 'Story about-kherson',
      outlet: 'Example News',
      publishedAt: 2 * DAY,
      shared: ['kherson'],
    });
  });

  it('says how many articles were compared and that the reader has no feeds, when nothing is shared', async () => {
    const answer = route();
    await db.feeds.put(feed('bundled:sample', 'bundled'));
    await db.articles.bulkPut([record('a', ['paris']), record('b', ['rome'])]);
    expect(await answer(request(), true)).toEqual({
      ok: true,
      articles: [],
      compared: 2,
      feeds: 0,
    });
    expect(await answer(request({ entities: [] }), true)).toMatchObject({
      ok: true,
      articles: [],
      compared: 2,
    });
  });

  it('is refused to a content script', async () => {
    const answer = route();
    await db.articles.put(record('a', ['kherson']));
    expect(await answer(request(), false)).toMatchObject({ ok: false, code: 'invalid' });
  });

  it.each([
    [
      'too many entities',
      request({
        entities: Array.from({ length: PAGE_COVERAGE_LIMITS.entities + 1 }, (_, i) => ({
          id: `e${i}`,
          mentions: 1,
        })),
      }),
    ],
    ['an entity id that is not a string', request({ entities: [{ id: 7, mentions: 1 }] })],
    ['an empty entity id', request({ entities: [{ id: '', mentions: 1 }] })],
    ['an oversized entity id', request({ entities: [{ id: 'x'.repeat(201), mentions: 1 }] })],
    ['a bare list of ids', request({ entities: ['kherson'] })],
    [
      'a mention count that is not a whole number',
      request({ entities: [{ id: 'a', mentions: 1.5 }] }),
    ],
    ['a negative mention count', request({ entities: [{ id: 'a', mentions: -1 }] })],
    ['entities that are not a list', request({ entities: { id: 'a', mentions: 1 } })],
    ['a javascript: page URL', request({ pageUrl: 'javascript:alert(1)' })],
    ['a file: page URL', request({ pageUrl: 'file:///etc/passwd' })],
    ['a page URL that is not a string', request({ pageUrl: 42 })],
    ['an oversized page URL', request({ pageUrl: `https://news.example/${'x'.repeat(5_000)}` })],
    ['no page URL', { type: 'page-coverage', entities: [] }],
  ])('refuses %s', async (_what, bad) => {
    const answer = route();
    expect(await answer(bad, true)).toMatchObject({ ok: false, code: 'invalid' });
  });
});
