/**
 * Related coverage of a whole page: which cached articles share the most telling entities with
 * it. Pure and deterministic: the same page, articles and counts give the same list.
 */
import type { CoverageArticle, CoverageEntity } from '../types/page-coverage';

/** What scoring needs of a cached article (an article record has these fields). */
export interface CoverageCandidate {
  /** Canonical URL, as articles are keyed. */
  id: string;
  url: string;
  title: string;
  outlet: string;
  publishedAt: number;
  entityIds: readonly string[];
}

export interface CoverageInput {
  /** The page's entities with their mention counts (duplicates are merged). */
  page: readonly CoverageEntity[];
  /** The page's canonical URL: the page itself is never its own coverage. */
  pageId: string;
  candidates: readonly CoverageCandidate[];
  /** In how many cached articles each entity appears (the page itself not counted). */
  documentFrequency: ReadonlyMap<string, number>;
  /** Cached articles compared (the page itself not counted). */
  total: number;
  limit: number;
}

/**
 * The weight of sharing one entity: an inverse document frequency, ln(1 + total / df). A name
 * in nearly every cached article (a country, a head of state) says little about whether two
 * stories are about the same thing, a name in a handful says much; the logarithm keeps one rare
 * name from outweighing several fairly rare ones, and the 1 + keeps every weight positive (a
 * shared name never counts against an article). An entity the counts do not know (df 0) is
 * weighed as if it were in one article.
 */
export function rarityWeight(documentFrequency: number, total: number): number {
  const df = Math.max(1, documentFrequency);
  return Math.log(1 + Math.max(df, total) / df);
}

/** Scores closer than this are equal: the same weights summed in another order may differ in the last bits. */
const SAME_SCORE = 1e-9;

/**
 * The `limit` best articles, each scored by the sum of the weights of the page entities it
 * shares; equal scores go to the newer article (an undated one last), then by URL. Each
 * article's shared entities are listed heaviest first, then by how often the page names them.
 */
export function pageCoverage(input: CoverageInput): CoverageArticle[] {
  const mentions = new Map<string, number>();
  for (const { id, mentions: n } of input.page) mentions.set(id, (mentions.get(id) ?? 0) + n);
  const weight = new Map(
    [...mentions.keys()].map((id) => [
      id,
      rarityWeight(input.documentFrequency.get(id) ?? 0, input.total),
    ]),
  );
  const heavier = (a: string, b: string) =>
    weight.get(b)! - weight.get(a)! ||
    mentions.get(b)! - mentions.get(a)! ||
    (a < b ? -1 : a > b ? 1 : 0);

  const scored = input.candidates
    .filter((a) => a.id !== input.pageId)
    .map((a) => {
      const shared = [...new Set(a.entityIds)].filter((id) => weight.has(id)).sort(heavier);
      // Summed in the one order `heavier` gives, so equal sets give equal sums.
      const score = shared.reduce((sum, id) => sum + weight.get(id)!, 0);
      return { a, shared, score };
    })
    .filter((x) => x.shared.length > 0);

  scored.sort(
    (x, y) =>
      (Math.abs(y.score - x.score) > SAME_SCORE ? y.score - x.score : 0) ||
      y.a.publishedAt - x.a.publishedAt ||
      (x.a.id < y.a.id ? -1 : x.a.id > y.a.id ? 1 : 0),
  );
  return scored.slice(0, Math.max(0, input.limit)).map(({ a, shared }) => ({
    url: a.url,
    title: a.title,
    outlet: a.outlet,
    publishedAt: a.publishedAt,
    shared,
  }));
}
