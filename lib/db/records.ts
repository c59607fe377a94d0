/** Record shapes stored in IndexedDB. Plain data: they cross the messaging boundary as-is. */
import type { SourceInfo } from '../types/cards';
import type { EntityType, FigureKind } from '../types/mention';

export interface EntityRecord {
  id: string;
  packId: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** Normalised alias keys (lib/recognize/normalize), multi-entry indexed. */
  aliasKeys: string[];
  /**
   * The alias keys only ever written in capitals ("USS", "U.S."): acronyms, which text matches
   * only in capitals (lib/recognize/alias-case.ts). Absent when there are none, and on records
   * imported before it was kept.
   */
  capsKeys?: string[];
  description: string;
  background: string;
  source: SourceInfo;
  sourceUrl?: string;
  updatedAt: string;
  prominence: number;
  /** A country or region: the area it is (lib/packs/pack-format.ts `PlaceAreaSchema`). */
  area?: string;
  /** A city or region: the area it lies in. */
  within?: string;
}

/** A figure as indexed on an article, for "the same measure elsewhere". */
interface ArticleFigure {
  key: string;
  kind: FigureKind;
  value: number;
  text: string;
}

export interface ArticleRecord {
  /** Canonical URL: the dedupe key across feeds. */
  id: string;
  url: string;
  guid?: string;
  feedId: string;
  title: string;
  summary: string;
  outlet: string;
  /** Epoch ms; 0 when the feed gave no usable date. */
  publishedAt: number;
  language?: string;
  entityIds: string[];
  figureKeys: string[];
  figures: ArticleFigure[];
  fetchedAt: number;
}

export interface FeedRecord {
  id: string;
  url: string;
  title: string;
  /** 'bundled' feeds ship with the extension; 'user' feeds were added in the options page. */
  origin: 'bundled' | 'user';
  etag?: string;
  lastModified?: string;
  lastSyncAt?: number;
  lastError?: string;
  itemCount: number;
  /** The reader allowed a loopback or private address for this feed. */
  allowLocal?: boolean;
  /** Minutes between syncs. */
  intervalMinutes?: number;
  /** When a sync was last tried, successful or not. */
  lastAttemptAt?: number;
}

export interface PackRecord {
  id: string;
  version: number;
  title: string;
  licence: string;
  attribution: string;
  importedAt: number;
  entityCount: number;
  skipped: number;
}

export interface NoteRecord {
  id?: number;
  createdAt: number;
  text: string;
  entityId?: string;
  url?: string;
}

export interface MetaRecord {
  key: string;
  value: unknown;
}
