import { render } from 'preact';
import { browser } from 'wxt/browser';
import { FeedList } from '../../components/FeedList';
import { feedActions, packActions } from '../../components/options-actions';
import { PackList } from '../../components/PackList';
import { PermissionNotice } from '../../components/PermissionNotice';
import { StorageUse } from '../../components/StorageUse';
import { SettingsForm } from '../../components/SettingsForm';
import { t, uiLanguage } from '../../lib/i18n/strings';
import { loadSettings, saveSettings } from '../../lib/rules/settings-store';
import './options.css';

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
        <PermissionNotice />
        <StorageUse />
      </main>
    </>,
    app,
  );
}

void main();
