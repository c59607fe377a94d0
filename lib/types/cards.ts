/** What a hover card shows, as the background answers it. Plain data: it crosses contexts as-is. */
import type { EntityType } from './mention';

/** Where an entity's facts come from, with the licence they are used under. */
export interface SourceInfo {
  name: string;
  url: string;
  licence: string;
}

/** A cached article shown on a card. */
export interface RelatedArticle {
  url: string;
  title: string;
  outlet: string;
  publishedAt: number;
}

/** The same measure (figure key) in another cached article. */
export interface MeasureElsewhere extends RelatedArticle {
  value: number;
  text: string;
}

/** A role descriptor read in a stored article ("Ukraine's chief negotiator"), with its source. */
export interface RoleInArticle {
  text: string;
  outlet: string;
  publishedAt: number;
}

/** Everything a card shows for an entity a pack knows. */
export interface EntityCardData {
  id: string;
  type: EntityType;
  name: string;
  description: string;
  background: string;
  source: SourceInfo;
  sourceUrl?: string;
  updatedAt: string;
  related: RelatedArticle[];
}
