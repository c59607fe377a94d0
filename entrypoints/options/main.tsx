import { render } from 'preact';
import { browser } from 'wxt/browser';
import { FeedList, type FeedActions } from '../../components/FeedList';
import { PackList, type PackActions } from '../../components/PackList';
import { StorageUse } from '../../components/StorageUse';
import { SettingsForm } from '../../components/SettingsForm';
import { ask } from '../../lib/messaging/client';
import { t, uiLanguage } from '../../lib/i18n/strings';

/** How long to wait for the reader to answer the permission prompt before trying anyway. */
const PERMISSION_WAIT_MS = 3_000;

/**
 * Ask for the site's host permission (the click's user gesture allows the prompt), not waiting
 * forever for an answer. In Chromium the content script's match patterns already let the
 * extension read every http(s) site, so the answer changes nothing there; in Firefox it lets the
 * background read a feed or pack whose server does not allow cross-origin reads. The README's
 * "Security and privacy" section says what the extension can read.
 */
function askToRead(origin: string): Promise<boolean> {
  return Promise.race([
    browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false),
    new Promise<false>((resolve) => setTimeout(() => resolve(false), PERMISSION_WAIT_MS)),
  ]);
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** Ask to read the feed's site, then add the feed. */
async function addFeed(url: string, allowLocal: boolean) {
  const origin = originOf(url);
  if (!origin) return t('notAUrl');
  const granted = await askToRead(origin);
  const r = await ask({ type: 'feed-add', url, allowLocal });
  if (!r.ok) return r.message;
  if (!granted && r.feed.lastError) return t('feedNoPermission', r.feed.lastError, origin);
  return r.feed;
}

const feedActions: FeedActions = {
  list: async () => {
    const r = await ask({ type: 'feeds-list' });
    return r.ok ? r.feeds : r.message;
  },
  add: addFeed,
  sync: async (id) => {
    const r = await ask({ type: 'feed-sync', id });
    return r.ok ? r.feed : r.message;
  },
  remove: async (id) => {
    const r = await ask({ type: 'feed-remove', id });
    return r.ok ? true : r.message;
  },
  setInterval: async (id, minutes) => {
    const r = await ask({ type: 'feed-interval', id, minutes });
    return r.ok ? r.feed : r.message;
  },
};
import { loadSettings, saveSettings } from '../../lib/rules/settings-store';
import './options.css';

const packActions: PackActions = {
  list: async () => {
    const r = await ask({ type: 'packs-list' });
    return r.ok ? r.packs : r.message;
  },
  importText: async (text) => {
    const r = await ask({ type: 'pack-import', text });
    return r.ok ? r.result : r.message;
  },
  addUrl: async (url, allowLocal) => {
    const origin = originOf(url);
    if (!origin) return t('notAUrl');
    await askToRead(origin);
    const r = await ask({ type: 'pack-add-url', url, allowLocal });
    return r.ok ? r.result : r.message;
  },
  remove: async (id) => {
    const r = await ask({ type: 'pack-remove', id });
    return r.ok ? true : r.message;
  },
  progress: async () => {
    const r = await ask({ type: 'pack-progress' });
    return r.ok ? r.progress : null;
  },
};

async function main() {
  const app = document.getElementById('app');
  if (!app) return;
  document.documentElement.lang = uiLanguage();
  document.title = t('settingsTitle');
  const settings = await loadSettings(browser.storage.sync, browser.storage.local);
  render(
    <>
      <SettingsForm
        initial={settings}
        save={(next) => saveSettings(next, browser.storage.sync, browser.storage.local)}
      />
      <main>
        <FeedList actions={feedActions} />
        <PackList actions={packActions} />
        <StorageUse />
      </main>
    </>,
    app,
  );
}

void main();
