/**
 * Which tab the panel describes, kept current. In the browser's panel it is the active tab of
 * the panel's window, followed as the reader switches tabs; opened as a page of its own
 * (`?tab=ID`), it is that tab, for good. The tabs API is passed in, so this stays pure.
 */
import { boundTabId } from './panel-target';

export interface TabInfo {
  id?: number;
  url?: string;
  windowId?: number;
}

/** The tab as the panel shows it: null when there is none (closed, or refused). */
export type FollowedTab = { id: number; url?: string } | null;

type Listener<A extends unknown[]> = { addListener(fn: (...args: A) => void): void };

export interface PanelTabsApi {
  getCurrentTab(): Promise<TabInfo | undefined>;
  getTab(id: number): Promise<TabInfo>;
  currentWindowId(): Promise<number | undefined>;
  activeTab(windowId: number | undefined): Promise<TabInfo | undefined>;
  onActivated: Listener<[{ tabId: number; windowId: number }]>;
  onUpdated: Listener<[number, { status?: string }, TabInfo]>;
  onRemoved: Listener<[number]>;
}

export const describeTab = (info: TabInfo | undefined): FollowedTab =>
  info?.id === undefined ? null : { id: info.id, ...(info.url ? { url: info.url } : {}) };

/**
 * Find the panel's tab and call `show` with it, then again each time it changes: another tab
 * activated in the panel's window, the tab's page loaded anew (`reloaded` true), or closed.
 */
export async function followPanelTab(
  api: PanelTabsApi,
  search: string,
  show: (tab: FollowedTab, reloaded: boolean) => void,
): Promise<void> {
  let tab: FollowedTab;
  const bound = boundTabId(search);
  if (bound !== null) {
    const own = await api.getCurrentTab().catch(() => undefined);
    // A page bound to itself, or to no valid tab, describes nothing.
    const found =
      bound === undefined || bound === own?.id
        ? undefined
        : await api.getTab(bound).catch(() => undefined);
    tab = describeTab(found);
  } else {
    const windowId = await api.currentWindowId();
    tab = describeTab(await api.activeTab(windowId));
    api.onActivated.addListener(({ tabId, windowId: from }) => {
      if (from !== windowId) return;
      void api.getTab(tabId).then((info) => {
        tab = describeTab(info);
        show(tab, true);
      });
    });
  }
  api.onUpdated.addListener((tabId, change, info) => {
    if (tabId !== tab?.id || change.status !== 'complete') return;
    tab = describeTab(info);
    show(tab, true);
  });
  api.onRemoved.addListener((tabId) => {
    if (tabId !== tab?.id) return;
    tab = null;
    show(tab, false);
  });
  show(tab, false);
}
