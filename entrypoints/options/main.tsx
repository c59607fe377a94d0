import { render } from 'preact';
import { browser } from 'wxt/browser';
import { FeedList, type FeedActions } from '../../components/FeedList';
import { PackList, type PackActions } from '../../components/PackList';
import { StorageUse } from '../../components/StorageUse';
import { SettingsForm } from '../../components/SettingsForm';
import { ask } from '../../lib/messaging/client';
import { describeHostAccess, hostPattern, requestHostAccess } from './host-access';
import { announcePermission, PermissionNotice } from './PermissionNotice';

/**
 * Ask for the site's host permission (see host-access.ts for why), tell the reader what came of
 * it, and resolve with whether it was granted. Called before any `await` of the click handler.
 */
async function askToRead(url: string): Promise<{ pattern: string; granted: boolean } | null> {
  const pattern = hostPattern(url);
  if (!pattern) return null;
  const access = await requestHostAccess(pattern, browser.permissions, {
    onLateAnswer: (answer) => announcePermission(describeHostAccess(answer)),
  });
  announcePermission(describeHostAccess(access));
  return { pattern, granted: access.outcome === 'granted' };
}

/** Ask to read the feed's site, then add the feed. */
async function addFeed(url: string, allowLocal: boolean) {
  const access = await askToRead(url);
  if (!access) return 'That is not an http or https URL.';
  const r = await ask({ type: 'feed-add', url, allowLocal });
  if (!r.ok) return r.message;
  if (!access.granted && r.feed.lastError)
    return `${r.feed.lastError} (Backstory has no permission to read ${access.pattern}; allow it when asked.)`;
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
    if (!(await askToRead(url))) return 'That is not an http or https URL.';
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
        <PermissionNotice />
        <StorageUse />
      </main>
    </>,
    app,
  );
}

void main();
