/** Who may send what: some calls are for Backstory's own pages, never for a content script. */
import type { BackgroundCalls, TabCalls } from './protocol';

/**
 * Calls only Backstory's own pages may make (feed and pack management, the notebook, a page's
 * related coverage: what the reader's cache holds is not for the pages they visit).
 */
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
  'entity-names',
  'clips-list',
  'clip-update',
  'clips-delete',
  'page-coverage',
]);

/**
 * Tab calls only Backstory's own pages may make: the list of what a page highlights, and moving
 * the reader's focus and scroll to one of them, are for the extension's views, never for a
 * content script (of this page or another).
 */
export const TAB_PAGE_ONLY: ReadonlySet<keyof TabCalls> = new Set<keyof TabCalls>([
  'page-index',
  'focus-mention',
  'clip-selection',
  'watch-step',
  'page-site',
]);

/** What a message's sender says about itself (`runtime.MessageSender`, the parts read here). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * Is the sender one of Backstory's own pages or its background? Decided by what the browser
 * fills in, not by what is missing: the sender is this extension (`id`) and its document is one
 * of the extension's own (`url` under `ownPages`, the extension's origin). A content script's
 * document is the web page it runs in, so it never passes, with or without `sender.tab`.
 */
export function isOwnSender(sender: SenderInfo, ownId: string, ownPages: string): boolean {
  return sender.id === ownId && typeof sender.url === 'string' && sender.url.startsWith(ownPages);
}
