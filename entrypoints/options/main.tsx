import { render } from 'preact';
import { browser } from 'wxt/browser';
import { FeedList } from '../../components/FeedList';
import { feedActions, packActions } from '../../components/options-actions';
import { PackList } from '../../components/PackList';
import { PermissionNotice } from '../../components/PermissionNotice';
import { StorageUse } from '../../components/StorageUse';
import { SettingsForm } from '../../components/SettingsForm';
import { LooksSection, type LooksChoice } from '../../components/settings/LooksSection';
import { t, uiLanguage } from '../../lib/i18n/strings';
import { loadSettings, saveSettings } from '../../lib/rules/settings-store';
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

async function main() {
  const app = document.getElementById('app');
  if (!app) return;
  document.documentElement.lang = uiLanguage();
  document.title = t('settingsTitle');
  const settings = await loadSettings(browser.storage.sync, browser.storage.local);
  render(
    <>
      <SettingsForm initial={settings} save={(next) => saveForm(next, settings)} />
      <main>
        <LooksSection initial={settings} save={saveLooks} />
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
