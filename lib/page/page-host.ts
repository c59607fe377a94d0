import type { ask as askBackground } from '../messaging/client';
import type { StorageAreaLike } from '../rules/settings-store';
import type { PageLifetime } from './document-lifetime';
import type { CreateCardView } from './lazy-card-view';

/** The browser as the page engine sees it: adapters made by the content script's entry. */
export interface PageHost {
  /** The content script's context; a page run gets a lifetime within it per document. */
  ctx: PageLifetime;
  doc: Document;
  win: Window & typeof globalThis;
  ask: typeof askBackground;
  sync: StorageAreaLike;
  local: StorageAreaLike;
  /** Listen to extension storage changes; returns the function that stops listening. */
  onStorageChanged: (listener: (changes: Record<string, unknown>) => void) => () => void;
  /**
   * Answer messages sent to this tab (`fromOwnPage`: sent by Backstory's pages or background,
   * not by a content script); returns the function that stops answering.
   */
  onTabMessage: (
    answer: (message: unknown, fromOwnPage: boolean) => Promise<unknown> | undefined,
  ) => () => void;
  /** The card's views, loaded on first use (lib/page/lazy-card-view.ts). */
  loadCardView: () => Promise<CreateCardView>;
}
