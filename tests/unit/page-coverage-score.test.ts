/** Scoring a page's related coverage: rarer shared entities weigh more, ties go to the newer. */
import { describe, expect, it } from 'vitest';
import {
  pageCoverage,
  rarityWeight,
  type CoverageCandidate,
  type CoverageInput,
} from '../../lib/related/page-coverage';

const DAY = 86_400_000;
const article = (id: string, entityIds: string[], publishedAt = 10 * DAY): CoverageCandidate => ({
  id: `https://news.example/${id}`,
  url: `https://news.example/${id}`,
  title: `Story ${id}`,
  outlet: 'Example News',
  publishedAt,
  entityIds,
});

const input = (over: Partial<CoverageInput>): CoverageInput => ({
  page: [],
  pageId: 'https://news.example/this-page',
  candidates: [],
  documentFrequency: new Map(),
  total: 1_000,
  limit: 10,
  ...over,
});

const titles = (result: ReturnType<typeof pageCoverage>) => result.map((a) => a.title);

describe('the rarity weight', () => {
  it('is larger for an entity in fewer articles, and positive for one in all of them', () => {
    expect(rarityWeight(2, 1_000)).toBeGreaterThan(rarityWeight(50, 1_000));
    expect(rarityWeight(50, 1_000)).toBeGreaterThan(rarityWeight(1_000, 1_000));
    expect(rarityWeight(1_000, 1_000)).toBeGreaterThan(0);
    // An entity the counts do not know weighs as one in a single article.
    expect(rarityWeight(0, 1_000)).toBe(rarityWeight(1, 1_000));
  });
});

describe('related coverage of a page', () => {
  const page = [
    { id: 'usa', mentions: 6 },
    { id: 'uk', mentions: 4 },
    { id: 'eu', mentions: 3 },
    { id: 'kherson', mentions: 1 },
  ];
  const documentFrequency = new Map([
    ['usa', 600],
    ['uk', 400],
    ['eu', 300],
    ['kherson', 3],
  ]);

  it('ranks one rare shared name above three common ones', () => {
    const result = pageCoverage(
      input({
        page,
        documentFrequency,
        candidates: [article('common', ['usa', 'uk', 'eu']), article('rare', ['kherson', 'paris'])],
      }),
    );
    expect(titles(result)).toEqual(['Story rare', 'Story common']);
    expect(result[0].shared).toEqual(['kherson']);
  });

  it('lists the shared names rarest first, then by how often the page names them', () => {
    const [only] = pageCoverage(
      input({
        page,
        documentFrequency: new Map([...documentFrequency, ['eu', 400]]),
        candidates: [article('a', ['usa', 'eu', 'kherson', 'uk'])],
      }),
    );
    expect(only.shared).toEqual(['kherson', 'uk', 'eu', 'usa']);
  });

  it('breaks equal scores by recency, undated last, then by URL', () => {
    const result = pageCoverage(
      input({
        page,
        documentFrequency,
        candidates: [
          article('undated', ['uk'], 0),
          article('old', ['uk'], 1 * DAY),
          article('b-new', ['uk'], 5 * DAY),
          article('a-new', ['uk'], 5 * DAY),
        ],
      }),
    );
    expect(titles(result)).toEqual(['Story a-new', 'Story b-new', 'Story old', 'Story undated']);
  });

  it('gives the same list whatever order the articles and page entities come in', () => {
    const candidates = [
      article('1', ['usa', 'kherson'], 3 * DAY),
      article('2', ['uk', 'eu'], 4 * DAY),
      article('3', ['eu'], 4 * DAY),
      article('4', ['usa'], 9 * DAY),
    ];
    const one = pageCoverage(input({ page, documentFrequency, candidates }));
    const other = pageCoverage(
      input({
        page: [...page].reverse(),
        documentFrequency,
        candidates: [...candidates].reverse(),
      }),
    );
    expect(other).toEqual(one);
    expect(titles(one)).toEqual(['Story 1', 'Story 2', 'Story 3', 'Story 4']);
  });

  it('leaves out the page itself, and articles that share nothing', () => {
    const self = { ...article('this-page', ['kherson']), id: 'https://news.example/this-page' };
    const result = pageCoverage(
      input({
        page,
        documentFrequency,
        candidates: [self, article('other', ['uk']), article('unrelated', ['paris'])],
      }),
    );
    expect(titles(result)).toEqual(['Story other']);
  });

  it('merges an entity the page lists twice, and counts an article naming it twice once', () => {
    const result = pageCoverage(
      input({
        page: [
          { id: 'uk', mentions: 1 },
          { id: 'uk', mentions: 1 },
          { id: 'eu', mentions: 1 },
        ],
        documentFrequency,
        candidates: [article('twice', ['uk', 'uk'], 9 * DAY), article('eu', ['eu'], 1 * DAY)],
      }),
    );
    expect(titles(result)).toEqual(['Story eu', 'Story twice']);
    expect(result[1].shared).toEqual(['uk']);
  });

  it('returns at most the limit, and nothing for a page without entities or a cache without articles', () => {
    const candidates = ['a', 'b', 'c'].map((id) => article(id, ['uk']));
    expect(pageCoverage(input({ page, documentFrequency, candidates, limit: 2 }))).toHaveLength(2);
    expect(pageCoverage(input({ page: [], documentFrequency, candidates }))).toEqual([]);
    expect(pageCoverage(input({ page, documentFrequency, candidates: [], total: 0 }))).toEqual([]);
  });

  it('answers with what a list shows: link, headline, outlet, date and shared ids', () => {
    const [only] = pageCoverage(
      input({ page, documentFrequency, candidates: [article('a', ['kherson'], 7 * DAY)] }),
    );
    expect(only).toEqual({
      url: 'https://news.example/a',
      title: 'Story a',
      outlet: 'Example News',
      publishedAt: 7 * DAY,
      shared: ['kherson'],
    });
  });
});
