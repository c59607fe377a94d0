/** What the popup and the settings page show about the cache, feeds, packs and one page. */
import type { MentionType } from './mention';

/** Is the cache seeded, and with what. */
export interface StatusData {
  ready: boolean;
  entities: number;
  articles: number;
  packs: { id: string; version: number; entityCount: number }[];
}

/** Mentions highlighted on a page, per kind. */
export type PageCounts = Record<MentionType, number>;

/** One mention a page highlights, as its page index lists it (in document order). */
export interface PageIndexEntry {
  type: MentionType;
  text: string;
  /** The entity it links to, when it links to one. */
  entityId?: string;
  name?: string;
}

/** A feed as the settings page shows it. */
export interface FeedStatus {
  id: string;
  url: string;
  title: string;
  itemCount: number;
  lastSyncAt?: number;
  nextSyncAt?: number;
  lastError?: string;
  origin: 'bundled' | 'user';
  intervalMinutes?: number;
}

/** A knowledge pack as the settings page shows it. */
export interface PackStatus {
  id: string;
  title: string;
  version: number;
  entityCount: number;
  skipped: number;
  importedAt: number;
  url?: string;
}

/** The outcome of one pack import; a refused pack changes nothing. */
export type PackImportResult =
  | {
      ok: true;
      packId: string;
      version: number;
      imported: number;
      skipped: number;
      firstProblem?: string;
      unchanged?: boolean;
    }
  | { ok: false; error: string };
