import { browser } from 'wxt/browser';
import { logOnce } from '../lib/background/error-log';
import { createRouter } from '../lib/background/router';
import { seedOnce } from '../lib/background/seed';
import { bundledAssets } from '../lib/background/bundled-assets';
import { createPageMenus, startPageMenus } from '../lib/background/page-menus';
import { createFeedManager } from '../lib/background/feed-manager';
import { createPackManager } from '../lib/background/pack-manager';
import { createPageFirst } from '../lib/background/page-first';
import { createRecognizerHost } from '../lib/background/recognizer-host';
import { createWatchHost } from '../lib/background/watch-host';
import { isSettingsChange, loadSettings } from '../lib/rules/settings-store';
import { browserPanelApis } from '../lib/background/panel-apis';
import { openPanel } from '../lib/background/side-panel';
import { createSiteMenu, startSiteMenu } from '../lib/background/context-menu-site';
import { createAliasIndex } from '../lib/db/alias-index';
import { openDb } from '../lib/db/schema';
import { NER_MODEL_PATH } from '../lib/constants';
import { isOwnSender, type SenderInfo } from '../lib/messaging/access';

export default defineBackground(() => {
  const db = openDb();
  const { fetchAsset, readAsset } = bundledAssets((path) => browser.runtime.getURL(path as '/'));
  // Registered synchronously, before any await, so the event that woke the worker is not missed.
  const aliases = createAliasIndex(db);
  const ready = seedOnce(db, readAsset, aliases);
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
    createPageMenus(browser);
    createSiteMenu(browser);
  });
  startSiteMenu(browser, logOnce);
  startPageMenus(browser, (tabId) => openPanel(panelApis, tabId), logOnce);
  // Seed if needed, then load the alias index and the name model, so the first page does not wait.
  void recognizer.warm();
  void ready()
    .then(() => aliases.warm())
    .catch(() => undefined);
});
