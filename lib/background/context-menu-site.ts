/**
 * The context menu's "Backstory on this site": a parent item with one radio item per site mode.
 * Choosing one does what the popup's change does (lib/rules/site-rules.ts `setSiteMode`: the
 * host's own rule), and the open tab applies it from its storage listener. The checked item
 * follows the active tab's effective mode: Chromium has no event for a menu about to show, so
 * the items are updated when the active tab, its page or the settings change. The browser's
 * APIs are passed in, so tests call the same functions with fakes.
 */
import type { TabRequest, TabResponseMap } from '../messaging/protocol';
import { SITE_MODES, type Settings, type SiteMode } from '../rules/settings';
import {
  loadSettings,
  saveSettings,
  isSettingsChange,
  type StorageAreaLike,
} from '../rules/settings-store';
import { effectiveSiteMode, setSiteMode } from '../rules/site-rules';

export const SITE_MENU = 'backstory-site';
const ITEM_PREFIX = `${SITE_MENU}-`;

/** The title of each mode's item, from the message catalogue. */
const MODE_TITLES: Record<SiteMode, string> = {
  all: 'siteOptionAll',
  names: 'siteOptionNames',
  figures: 'siteOptionFigures',
  watch: 'siteOptionWatch',
  off: 'siteOptionOff',
};

export const siteMenuItem = (mode: SiteMode): string => `${ITEM_PREFIX}${mode}`;

/** The mode a menu item stands for; null for any other item. */
export function modeOfMenuItem(id: string | number): SiteMode | null {
  if (typeof id !== 'string' || !id.startsWith(ITEM_PREFIX)) return null;
  const mode = id.slice(ITEM_PREFIX.length);
  return (SITE_MODES as readonly string[]).includes(mode) ? (mode as SiteMode) : null;
}

interface Tab {
  id?: number;
  url?: string;
}

/** What the menu uses of the browser (`browser` itself in the background). */
export interface SiteMenuBrowser {
  contextMenus: {
    create(properties: Record<string, unknown>, callback?: () => void): unknown;
    update(id: string, properties: Record<string, unknown>): Promise<void> | void;
    onClicked: {
      addListener(
        listener: (info: { menuItemId: string | number; pageUrl?: string }, tab?: Tab) => void,
      ): void;
    };
  };
  tabs: {
    query(query: { active: true; lastFocusedWindow: true }): Promise<Tab[]>;
    sendMessage(tabId: number, message: TabRequest): Promise<unknown>;
    onActivated: { addListener(listener: () => void): void };
    onUpdated: {
      addListener(listener: (tabId: number, change: { status?: string }) => void): void;
    };
  };
  windows?: { onFocusChanged: { addListener(listener: () => void): void } };
  storage: {
    sync: StorageAreaLike;
    local: StorageAreaLike;
    onChanged: { addListener(listener: (changes: Record<string, unknown>) => void): void };
  };
  i18n: { getMessage(key: string): string };
  runtime: { lastError?: unknown };
}

const WEB_PAGES = ['http://*/*', 'https://*/*'];

/** Make the items; once per install or update (menu items outlive the worker). */
export function createSiteMenu(browser: SiteMenuBrowser): void {
  const done = () => void browser.runtime.lastError;
  browser.contextMenus.create(
    {
      id: SITE_MENU,
      title: browser.i18n.getMessage('menuSiteParent'),
      contexts: ['page', 'selection', 'link'],
      documentUrlPatterns: WEB_PAGES,
    },
    done,
  );
  for (const mode of SITE_MODES)
    browser.contextMenus.create(
      {
        id: siteMenuItem(mode),
        parentId: SITE_MENU,
        type: 'radio',
        checked: mode === 'all',
        title: browser.i18n.getMessage(MODE_TITLES[mode]),
        contexts: ['page', 'selection', 'link'],
        documentUrlPatterns: WEB_PAGES,
      },
      done,
    );
}

export interface SiteChoiceDeps {
  load: () => Promise<Settings>;
  save: (settings: Settings) => Promise<unknown>;
}

/**
 * The menu's choice: `mode` for the page's site, written as the popup writes it. Resolves
 * with the saved settings, or null when there is nothing to write (not a web page, not one of
 * our items, a full list).
 */
export async function chooseFromMenu(
  deps: SiteChoiceDeps,
  menuItemId: string | number,
  pageUrl: string | undefined,
): Promise<Settings | null> {
  const mode = modeOfMenuItem(menuItemId);
  if (!mode || !pageUrl) return null;
  const next = setSiteMode(await deps.load(), pageUrl, mode);
  if (!next) return null;
  await deps.save(next);
  return next;
}

/** The page in the active tab as its content script describes it; null when it does not answer. */
async function activePage(
  browser: SiteMenuBrowser,
): Promise<{ pageUrl: string; article: boolean | null } | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) return null;
  const answer = (await browser.tabs
    .sendMessage(tab.id, { type: 'page-site' })
    .catch(() => null)) as TabResponseMap['page-site'] | null;
  if (answer?.ok) return { pageUrl: answer.pageUrl, article: answer.article };
  return tab.url ? { pageUrl: tab.url, article: null } : null;
}

/** The mode whose item is checked for this page; null for a page Backstory does not run in. */
export function checkedMode(
  settings: Settings,
  page: { pageUrl: string; article: boolean | null } | null,
): SiteMode | null {
  if (!page) return null;
  return effectiveSiteMode(settings, page.pageUrl, page.article ?? true).mode;
}

/** Register the menu's listeners; call at the worker's start, before any await. */
export function startSiteMenu(
  browser: SiteMenuBrowser,
  report: (where: string, message: string) => void,
): void {
  const deps: SiteChoiceDeps = {
    load: () => loadSettings(browser.storage.sync, browser.storage.local),
    save: (s) => saveSettings(s, browser.storage.sync, browser.storage.local),
  };
  const refresh = async () => {
    const mode = checkedMode(await deps.load(), await activePage(browser));
    if (mode) await browser.contextMenus.update(siteMenuItem(mode), { checked: true });
  };
  const refreshQuietly = () =>
    void refresh().catch((error: unknown) => report('site menu', String(error)));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (!modeOfMenuItem(info.menuItemId)) return;
    void chooseFromMenu(deps, info.menuItemId, info.pageUrl ?? tab?.url)
      .then(refreshQuietly)
      .catch((error: unknown) => report('site menu', String(error)));
  });
  browser.tabs.onActivated.addListener(refreshQuietly);
  browser.tabs.onUpdated.addListener((_id, change) => {
    if (change.status === 'complete') refreshQuietly();
  });
  browser.windows?.onFocusChanged.addListener(refreshQuietly);
  browser.storage.onChanged.addListener((changes) => {
    if (isSettingsChange(changes)) refreshQuietly();
  });
}
