/**
 * The context menu's "Save to Backstory notebook" and "Open Backstory side panel", and the
 * keyboard commands: the panel's own command opens the panel, the others go to the tab's
 * content script. The browser's APIs are passed in. The panel opens in the listener itself,
 * before any await: the reader's gesture lasts only that long.
 */
import type { PanelOpened } from '../messaging/protocol';
import { OPEN_PANEL_COMMAND, OPEN_PANEL_MENU } from './side-panel';
import {
  forwardCommand,
  saveSelection,
  SAVE_SELECTION_MENU,
  type TabsLike,
} from './tab-forwarding';

interface TabRef {
  id?: number;
}

/** What the menus and commands use of the browser (`browser` itself in the background). */
export interface PageMenusBrowser {
  contextMenus: {
    create(properties: Record<string, unknown>, callback?: () => void): unknown;
    onClicked: {
      addListener(listener: (info: { menuItemId: string | number }, tab?: TabRef) => void): void;
    };
  };
  commands: {
    onCommand: { addListener(listener: (name: string, tab?: TabRef) => void): void };
  };
  tabs: TabsLike;
  i18n: { getMessage(key: string): string };
  runtime: { lastError?: unknown };
}

/** Make the two items; once per install or update (menu items outlive the worker). */
export function createPageMenus(browser: PageMenusBrowser): void {
  const done = () => void browser.runtime.lastError;
  browser.contextMenus.create(
    {
      id: SAVE_SELECTION_MENU,
      title: browser.i18n.getMessage('menuSaveSelection'),
      contexts: ['selection'],
    },
    done,
  );
  browser.contextMenus.create(
    {
      id: OPEN_PANEL_MENU,
      title: browser.i18n.getMessage('menuOpenPanel'),
      contexts: ['page', 'selection', 'link'],
    },
    done,
  );
}

/** Register the listeners; call at the worker's start, before any await. */
export function startPageMenus(
  browser: PageMenusBrowser,
  openPanel: (tabId: number) => Promise<PanelOpened>,
  report: (context: string, message: string) => void,
): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE_SELECTION_MENU) void saveSelection(browser.tabs, tab?.id, report);
    else if (info.menuItemId === OPEN_PANEL_MENU && tab?.id !== undefined) void openPanel(tab.id);
  });
  browser.commands.onCommand.addListener((name, tab) => {
    if (name === OPEN_PANEL_COMMAND) {
      if (tab?.id !== undefined) void openPanel(tab.id);
    } else void forwardCommand(browser.tabs, name, tab?.id);
  });
}
