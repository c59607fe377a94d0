/**
 * What the side panel's "This page" section shows for its tab, decided from the tab's address
 * and the answers of its content script (`page-stats`, `page-index`). Pure.
 */
import type { PageIndexEntry } from '../types/status';
import type { WatchIndexEntry } from '../types/watch';
import { canRunOn } from './panel-target';
import { groupPageIndex, groupWatchIndex, type IndexGroup, type WatchGroup } from './page-index';

export type PanelPageState =
  | { status: 'loading' }
  /** The panel's own tab names none, or the tab is gone. */
  | { status: 'no-tab' }
  /** A browser page or a store: no extension runs there. */
  | { status: 'unsupported' }
  /** A web page whose content script does not answer: opened before Backstory, or not loaded. */
  | { status: 'not-read' }
  /** A tab that does not answer and whose address the browser does not show the extension. */
  | { status: 'unreachable' }
  /** Highlights are off for this tab (the reader's toggle or setting). */
  | { status: 'off' }
  | {
      status: 'ready';
      mentions: PageIndexEntry[];
      pageUrl: string;
      groups: IndexGroup[];
      /** The watch lists' matches (`watch`), grouped by list: shown above the types. */
      watch: WatchIndexEntry[];
      watchGroups: WatchGroup[];
      truncated: boolean;
      /** The page is still being read: more may come. */
      scanned: boolean;
      /** Names are not read here: the page is not in English. */
      namesUnsupported?: { language?: string };
    };

/** The parts of the content script's answers read here (a failure is `ok: false`). */
export type StatsAnswer =
  | {
      ok: true;
      scanned: boolean;
      enabled: boolean;
      namesUnsupported?: { language?: string };
    }
  | { ok: false };
export type IndexAnswer =
  | {
      ok: true;
      mentions: PageIndexEntry[];
      truncated: boolean;
      pageUrl: string;
      watch?: WatchIndexEntry[];
    }
  | { ok: false };

export function panelPageState(
  url: string | undefined,
  stats: StatsAnswer,
  index: IndexAnswer,
): PanelPageState {
  // Without the "tabs" permission the browser shows a tab's address only for sites the reader
  // granted: a page that does not answer may then be a browser page or one to reload.
  if (!stats.ok)
    return {
      status: url === undefined ? 'unreachable' : canRunOn(url) ? 'not-read' : 'unsupported',
    };
  if (!stats.enabled) return { status: 'off' };
  if (!index.ok) return { status: 'not-read' };
  const state: PanelPageState = {
    status: 'ready',
    mentions: index.mentions,
    pageUrl: index.pageUrl,
    groups: groupPageIndex(index.mentions),
    watch: index.watch ?? [],
    watchGroups: groupWatchIndex(index.watch ?? []),
    truncated: index.truncated,
    scanned: stats.scanned,
  };
  if (stats.namesUnsupported) state.namesUnsupported = stats.namesUnsupported;
  return state;
}
