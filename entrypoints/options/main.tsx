import { render } from 'preact';
import { browser } from 'wxt/browser';
import { FeedList } from '../../components/FeedList';
import { feedActions, packActions } from '../../components/options-actions';
import { PackList } from '../../components/PackList';
import { PermissionNotice } from '../../components/PermissionNotice';
import { StorageUse } from '../../components/StorageUse';
import { SettingsForm } from '../../components/SettingsForm';
import { LooksSection, type LooksChoice } from '../../components/settings/LooksSection';
import { ask } from '../../lib/messaging/client';
import { t, uiLanguage } from '../../lib/i18n/strings';
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

/** Store the looks section's choice over the settings as stored now (other sections' stay). */
async function saveLooks(choice: LooksChoice) {
  const current = await loadSettings(browser.storage.sync, browser.storage.local);
  return saveSettings({ ...current, ...choice }, browser.storage.sync, browser.storage.local);
}

/**
 * The settings form saves the whole settings it was opened with: the looks it did not change
 * itself (only "Restore defaults" does) are the looks section's, as stored now.
 */
async function saveForm(next: Settings, opened: Settings) {
  const current = await loadSettings(browser.storage.sync, browser.storage.local);
  const own = (s: Settings) => JSON.stringify([s.looks, s.density]);
  const kept = own(next) === own(opened) ? { looks: current.looks, density: current.density } : {};
  return saveSettings({ ...next, ...kept }, browser.storage.sync, browser.storage.local);
}

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
        save={(next) => saveForm(next, settings)}
        lookupNames={lookupNames}
        subscribe={(listener) => onSettingsChanged(() => void readSettings().then(listener))}
      />
      <main>
        <LooksSection initial={settings} save={saveLooks} />
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
