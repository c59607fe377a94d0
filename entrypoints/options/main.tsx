import { render } from 'preact';
import { browser } from 'wxt/browser';
import { FeedList, type FeedActions } from '../../components/FeedList';
import { PackList, type PackActions } from '../../components/PackList';
import { StorageUse } from '../../components/StorageUse';
import { SettingsForm } from '../../components/SettingsForm';
import { focusLinkedSection, SitesSettings } from '../../components/settings/SitesSection';
import { ask } from '../../lib/messaging/client';
import { t, uiLanguage } from '../../lib/i18n/strings';
import { describeHostAccess, hostPattern, requestHostAccess } from '../../lib/feeds/host-access';
import { announcePermission, PermissionNotice } from './PermissionNotice';

/**
 * Ask for the site's host permission (see lib/feeds/host-access.ts for why), tell the reader what came of
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
  if (!access) return t('notAUrl');
  const r = await ask({ type: 'feed-add', url, allowLocal });
  if (!r.ok) return r.message;
  if (!access.granted && r.feed.lastError)
    return t('feedNoPermission', r.feed.lastError, access.pattern);
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
import { loadSettings, saveSettings, SETTINGS_KEY } from '../../lib/rules/settings-store';
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
    if (!(await askToRead(url))) return t('notAUrl');
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
        <SitesSettings access={storedSettings} subscribe={onSettingsChanged} />
        <FeedList actions={feedActions} />
        <PackList actions={packActions} />
        <PermissionNotice />
        <StorageUse />
      </main>
    </>,
    app,
  );
  // A link to a section (the card's "Edit site rules": options.html#sites) lands on it.
  requestAnimationFrame(() => focusLinkedSection(document));
  window.addEventListener('hashchange', () => focusLinkedSection(document));
}

const storedSettings = {
  load: () => loadSettings(browser.storage.sync, browser.storage.local),
  save: (s: Parameters<typeof saveSettings>[0]) =>
    saveSettings(s, browser.storage.sync, browser.storage.local),
};

function onSettingsChanged(listener: () => void): () => void {
  const changed = (changes: Record<string, unknown>) => {
    if (SETTINGS_KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(changed);
  return () => browser.storage.onChanged.removeListener(changed);
}

void main();
