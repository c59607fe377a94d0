/** Who may send what: some calls are for Backstory's own pages, never for a content script. */
import type { BackgroundCalls, TabCalls } from './protocol';

/** Calls only the settings page may make (feed and pack management). */
export const PAGE_ONLY: ReadonlySet<keyof BackgroundCalls> = new Set<keyof BackgroundCalls>([
  'feeds-list',
  'feed-add',
  'feed-sync',
  'feed-remove',
  'feed-interval',
  'packs-list',
  'pack-import',
  'pack-add-url',
  'pack-remove',
  'pack-progress',
]);

/**
 * Tab calls only Backstory's own pages may make: the list of what a page highlights is for the
 * extension's views, never for a content script (of this page or another).
 */
export const TAB_PAGE_ONLY: ReadonlySet<keyof TabCalls> = new Set<keyof TabCalls>(['page-index']);
