import { browser } from 'wxt/browser';
import { logOnce } from '../lib/background/error-log';
import { createRouter } from '../lib/background/router';
import { seedBundled } from '../lib/background/seed';
import { createFeedManager } from '../lib/background/feed-manager';
import { createPackManager } from '../lib/background/pack-manager';
import { createPageFirst } from '../lib/background/page-first';
import { createRecognizerHost } from '../lib/background/recognizer-host';
import { createWatchHost } from '../lib/background/watch-host';
import { isSettingsChange, loadSettings } from '../lib/rules/settings-store';
import {
  forwardCommand,
  saveSelection,
  SAVE_SELECTION_MENU,
} from '../lib/background/tab-forwarding';
import { browserPanelApis } from '../lib/background/panel-apis';
import { OPEN_PANEL_COMMAND, OPEN_PANEL_MENU, openPanel } from '../lib/background/side-panel';
import { createSiteMenu, startSiteMenu } from '../lib/background/context-menu-site';
import { createAliasIndex } from '../lib/db/alias-index';
import { openDb } from '../lib/db/schema';
import { bundledText } from '../lib/packs/bundled-asset';
import { NER_MODEL_PATH } from '../lib/constants';
import { errorMessage } from '../lib/errors';
import { isOwnSender, type SenderInfo } from '../lib/messaging/access';

export default defineBackground(() => {
  const db = openDb();
  const fetchAsset = async (path: string) => {
    const response = await fetch(browser.runtime.getURL(path as '/'));
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return response;
  };
  const readAsset = async (path: string) => bundledText(path, await fetchAsset(path));
  // Seeding is idempotent, so it runs on every worker start: that also covers a worker that
  // was stopped in the middle of the first import.
  let seeding: Promise<void> | null = null;
  const ready = () =>
    (seeding ??= seedBundled(db, readAsset, undefined, (records) =>
      aliases.useProvisional(records),
    ).catch((error: unknown) => {
      seeding = null; // Let the next request try again rather than failing forever.
      aliases.dropProvisional(); // A first import that failed leaves no answers behind.
      logOnce('seed', errorMessage(error));
      throw error;
    }));

  // Registered synchronously, before any await, so the event that woke the worker is not missed.
  const aliases = createAliasIndex(db);
  // The saved alias index is read while the starter pack's version is checked (below).
  aliases.readAhead();
  const pageFirst = createPageFirst();
  const watch = createWatchHost({
    loadLists: async () =>
      (await loadSettings(browser.storage.sync, browser.storage.local)).watchLists,
    report: logOnce,
  });
  browser.storage.onChanged.addListener((changes: Record<string, unknown>) => {
    if (isSettingsChange(changes)) watch.settingsChanged();
  });
  const recognizer = createRecognizerHost({
    resolve: (keys) => aliases.resolve(keys),
    loadModel: async () => (await fetchAsset(NER_MODEL_PATH)).arrayBuffer(),
    report: logOnce,
    watch,
  });
  const feeds = createFeedManager({
    db,
    resolve: (keys) => aliases.resolve(keys),
    alarms: browser.alarms,
    yieldToPages: pageFirst.yieldToPages,
  });
  const packs = createPackManager({
    db,
    aliases,
    alarms: browser.alarms,
    onChanged: () => recognizer.packsChanged(),
    yieldToPages: pageFirst.yieldToPages,
  });
  const panelApis = browserPanelApis();
  const route = createRouter({
    db,
    ready,
    aliases,
    feeds,
    packs,
    recognizer,
    watch,
    pageFirst,
    openPanel: (tabId) => openPanel(panelApis, tabId),
    openSettings: async (section) => {
      await browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}#${section}` });
    },
  });
  const ownPages = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: SenderInfo & { tab?: { id?: number } }) =>
      route(message, isOwnSender(sender, browser.runtime.id, ownPages), sender.tab?.id),
  );
  browser.alarms.onAlarm.addListener(
    (alarm: { name: string }) =>
      void ready()
        .then(() => Promise.all([feeds.onAlarm(alarm.name), packs.onAlarm(alarm.name)]))
        .catch(() => undefined),
  );
  browser.runtime.onInstalled.addListener(() => {
    void ready().catch(() => undefined);
    // Menu items outlive the worker; they are made once per install or update.
    browser.contextMenus.create(
      {
        id: SAVE_SELECTION_MENU,
        title: browser.i18n.getMessage('menuSaveSelection'),
        contexts: ['selection'],
      },
      () => void browser.runtime.lastError,
    );
    browser.contextMenus.create(
      {
        id: OPEN_PANEL_MENU,
        title: browser.i18n.getMessage('menuOpenPanel'),
        contexts: ['page', 'selection', 'link'],
      },
      () => void browser.runtime.lastError,
    );
    createSiteMenu(browser);
  });
  startSiteMenu(browser, logOnce);
  // The panel opens in the listener itself, before any await: the gesture lasts only that long.
  browser.contextMenus.onClicked.addListener(
    (info: { menuItemId: string | number }, tab?: { id?: number }) => {
      if (info.menuItemId === SAVE_SELECTION_MENU)
        void saveSelection(browser.tabs, tab?.id, logOnce);
      else if (info.menuItemId === OPEN_PANEL_MENU && tab?.id !== undefined)
        void openPanel(panelApis, tab.id);
    },
  );
  browser.commands.onCommand.addListener((name: string, tab?: { id?: number }) => {
    if (name === OPEN_PANEL_COMMAND) {
      if (tab?.id !== undefined) void openPanel(panelApis, tab.id);
    } else void forwardCommand(browser.tabs, name, tab?.id);
  });
  // Seed if needed, then load the alias index and the name model, so the first page does not wait.
  void recognizer.warm();
  void ready()
    .then(() => aliases.warm())
    .catch(() => undefined);
});
