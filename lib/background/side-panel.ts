/**
 * Opening the side panel for a tab. Chromium's `sidePanel.open()` and Firefox's
 * `sidebarAction.open()` work only while the reader's gesture (a click, a command, a menu item)
 * lasts, so the call is made at once, before anything is awaited; when the browser refuses
 * (no gesture, or no panel API), the panel's page opens in a tab of its own, bound to the tab.
 * The browser's APIs are passed in.
 */
import type { PanelOpened } from '../messaging/protocol';
import { panelPageUrl } from '../panel/panel-target';

export interface PanelApis {
  /** Chromium's side panel. */
  sidePanel?: { open(options: { tabId: number }): Promise<void> };
  /** Firefox's sidebar. */
  sidebarAction?: { open(): Promise<void> };
  tabs: { create(properties: { url: string; openerTabId?: number }): Promise<unknown> };
  /** The panel page's address (`runtime.getURL('/sidepanel.html')`). */
  panelPage: string;
}

/** The context menu item that opens the panel. */
export const OPEN_PANEL_MENU = 'backstory-open-panel';
/** The keyboard command that opens the panel in Chromium (Firefox has `_execute_sidebar_action`). */
export const OPEN_PANEL_COMMAND = 'open-side-panel';

/** Open the panel for `tabId`; must be called synchronously from the gesture's listener. */
export function openPanel(apis: PanelApis, tabId: number): Promise<PanelOpened> {
  let opening: Promise<void>;
  try {
    if (apis.sidePanel) opening = apis.sidePanel.open({ tabId });
    else if (apis.sidebarAction) opening = apis.sidebarAction.open();
    else opening = Promise.reject(new Error('this browser has no side panel'));
  } catch (error) {
    opening = Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  return opening.then(
    () => 'panel' as const,
    async () => {
      await apis.tabs.create({ url: panelPageUrl(apis.panelPage, tabId), openerTabId: tabId });
      return 'tab' as const;
    },
  );
}
