import { browser } from 'wxt/browser';
import { logOnce } from '../lib/background/error-log';
import { createRouter } from '../lib/background/router';
import { seedBundled } from '../lib/background/seed';
import { createFeedManager } from '../lib/background/feed-manager';
import { createPackManager } from '../lib/background/pack-manager';
import { createAliasIndex } from '../lib/db/alias-index';
import { openDb } from '../lib/db/schema';
import { errorMessage } from '../lib/errors';
import type { CommandName } from '../lib/messaging/protocol';
import { COMMANDS } from '../lib/messaging/schemas';

/** Keyboard commands act on the page: forward them to the content script of that tab. */
async function forwardCommand(name: string, tabId?: number): Promise<void> {
  if (!(COMMANDS as readonly string[]).includes(name)) return;
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  await browser.tabs.sendMessage(id, { type: 'command', name: name as CommandName }).catch(() => undefined);
}

export default defineBackground(() => {
  const db = openDb();
  const readAsset = async (path: string) => {
    const response = await fetch(browser.runtime.getURL(path as '/'));
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return response.text();
  };
  // Seeding is idempotent, so it runs on every worker start: that also covers a worker that
  // was stopped in the middle of the first import.
  let seeding: Promise<void> | null = null;
  const ready = () =>
    (seeding ??= seedBundled(db, readAsset, undefined, (records) => aliases.useProvisional(records)).catch((error: unknown) => {
      seeding = null; // Let the next request try again rather than failing forever.
      aliases.dropProvisional(); // A first import that failed leaves no answers behind.
      logOnce('seed', errorMessage(error));
      throw error;
    }));

  // Registered synchronously, before any await, so the event that woke the worker is not missed.
  const aliases = createAliasIndex(db);
  // The saved alias index is read while the starter pack's version is checked (below).
  aliases.readAhead();
  const feeds = createFeedManager({ db, resolve: (keys) => aliases.resolve(keys), alarms: browser.alarms });
  const packs = createPackManager({ db, aliases, alarms: browser.alarms });
  const route = createRouter({ db, ready, aliases, feeds, packs });
  const ownPages = browser.runtime.getURL('/');
  // A message from a tab's content script carries sender.tab; our own pages do not (or are ours).
  browser.runtime.onMessage.addListener((message: unknown, sender: { tab?: unknown; url?: string }) =>
    route(message, !sender.tab || (sender.url ?? '').startsWith(ownPages)),
  );
  browser.alarms.onAlarm.addListener(
    (alarm: { name: string }) => void ready().then(() => Promise.all([feeds.onAlarm(alarm.name), packs.onAlarm(alarm.name)])).catch(() => undefined),
  );
  browser.runtime.onInstalled.addListener(() => void ready().catch(() => undefined));
  browser.commands.onCommand.addListener((name: string, tab?: { id?: number }) => void forwardCommand(name, tab?.id));
  // Seed if needed, then load the alias index so the first page's lookup is a map read.
  void ready().then(() => aliases.warm()).catch(() => undefined);
});
