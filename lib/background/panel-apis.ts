/**
 * The browser's own panel APIs, for `openPanel`: Chromium's side panel (not wrapped by the
 * polyfill, so its own promise-based API), Firefox's sidebar, and the tabs to fall back to.
 * One place for the background and the popup, which both open the panel.
 */
import { browser } from 'wxt/browser';
import { OPEN_PANEL_COMMAND, type PanelApis } from './side-panel';

export function browserPanelApis(): PanelApis {
  const native = globalThis as unknown as { chrome?: Pick<PanelApis, 'sidePanel'> };
  return {
    sidePanel: native.chrome?.sidePanel,
    sidebarAction: (browser as unknown as Pick<PanelApis, 'sidebarAction'>).sidebarAction,
    tabs: browser.tabs,
    panelPage: browser.runtime.getURL('/sidepanel.html'),
  };
}

/** The commands that open the panel: Chromium's own, Firefox's built-in sidebar command. */
const PANEL_COMMANDS = [OPEN_PANEL_COMMAND, '_execute_sidebar_action'];

/** The shortcut the reader has for opening the panel, if any. */
export async function panelShortcut(): Promise<string | undefined> {
  const commands = await browser.commands.getAll().catch(() => []);
  return commands.find((c) => c.name && PANEL_COMMANDS.includes(c.name))?.shortcut || undefined;
}
