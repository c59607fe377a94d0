/** Related coverage of a whole page, as the background answers it. Plain data. */
import type { RelatedArticle } from './cards';

/** A page entity as the coverage request sends it: its id and how often the page names it. */
export interface CoverageEntity {
  id: string;
  mentions: number;
}

/** A cached article that shares entities with the page. */
export interface CoverageArticle extends RelatedArticle {
  /** The shared entities' ids, the rarest across the cache (the most telling) first. */
  shared: string[];
}

/** The answer: the best articles, how many cached articles were compared, the reader's feeds. */
export interface PageCoverageData {
  articles: CoverageArticle[];
  /** Cached articles the page was compared with (the page itself left out). */
  compared: number;
  /** Feeds the reader added (the bundled sample feed is not counted). */
  feeds: number;
}
