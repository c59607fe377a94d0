import { render } from 'preact';
import { browser } from 'wxt/browser';
import { FeedList, type FeedActions } from '../../components/FeedList';
import { PackList, type PackActions } from '../../components/PackList';
import { StorageUse } from '../../components/StorageUse';
import { SettingsForm } from '../../components/SettingsForm';
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
import {
  isSettingsChange,
  loadSettings,
  resyncIfBehind,
  saveSettings,
  syncUsage,
} from '../../lib/rules/settings-store';
import { commitImport, exportBackup } from '../../lib/rules/backup';
import { loadLinkChoices, saveLinkChoices } from '../../lib/rules/link-choices-store';
import { BackupSection, type BackupActions } from '../../components/settings/BackupSection';
import type { NameLookup } from '../../components/settings/MutesSection';
import type { Settings } from '../../lib/rules/settings';
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

const { sync, local } = browser.storage;
const readSettings = () => loadSettings(sync, local);
const writeSettings = (next: Settings) => saveSettings(next, sync, local);

/** Calls back on every change of the stored settings (this page's, a card's, another browser's). */
function onSettingsChanged(listener: () => void): () => void {
  const listen = (changes: Record<string, unknown>) => {
    if (isSettingsChange(changes)) listener();
  };
  browser.storage.onChanged.addListener(listen);
  return () => browser.storage.onChanged.removeListener(listen);
}

const lookupNames: NameLookup = async (ids) => {
  const names = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 500) {
    const r = await ask({ type: 'entity-names', ids: ids.slice(i, i + 500) });
    if (r.ok) for (const [id, name] of r.names) names.set(id, name);
  }
  return names;
};

function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const backupActions: BackupActions = {
  current: async () => ({
    settings: await readSettings(),
    linkChoices: await loadLinkChoices(local),
  }),
  commit: (plan, previous) =>
    commitImport(plan, previous, {
      saveSettings: writeSettings,
      saveLinkChoices: (choices) => saveLinkChoices(choices, local),
    }),
  exportText: async () =>
    exportBackup(await readSettings(), await loadLinkChoices(local), new Date()),
  download,
  usage: async () => syncUsage(sync, await readSettings()),
  subscribe: onSettingsChanged,
};

async function main() {
  const app = document.getElementById('app');
  if (!app) return;
  document.documentElement.lang = uiLanguage();
  document.title = t('settingsTitle');
  const settings = await readSettings();
  // A save made just before a settings page closed may not have reached browser sync yet.
  void resyncIfBehind(sync, local);
  render(
    <>
      <SettingsForm
        initial={settings}
        save={writeSettings}
        lookupNames={lookupNames}
        subscribe={(listener) => onSettingsChanged(() => void readSettings().then(listener))}
      />
      <main>
        <FeedList actions={feedActions} />
        <PackList actions={packActions} />
        <PermissionNotice />
        <BackupSection actions={backupActions} />
        <StorageUse />
      </main>
    </>,
    app,
  );
}

void main();
