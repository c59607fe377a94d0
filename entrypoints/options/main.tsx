import { render } from 'preact';
import { browser } from 'wxt/browser';
import { FeedList } from '../../components/FeedList';
import { feedActions, packActions } from '../../components/options-actions';
import { PackList } from '../../components/PackList';
import { PermissionNotice } from '../../components/PermissionNotice';
import { StorageUse } from '../../components/StorageUse';
import { SettingsForm } from '../../components/SettingsForm';
import { BackupSection } from '../../components/settings/BackupSection';
import { LooksSection } from '../../components/settings/LooksSection';
import { focusLinkedSection, SitesSettings } from '../../components/settings/SitesSection';
import {
  backupActions,
  lookupNames,
  onSettingsChanged,
  readSettings,
  saveSection,
} from '../../components/settings/settings-page-actions';
import { WatchListsSection } from '../../components/settings/WatchListsSection';
import { t, uiLanguage } from '../../lib/i18n/strings';
import { resyncIfBehind } from '../../lib/rules/settings-store';
import './options.css';

async function main() {
  const app = document.getElementById('app');
  if (!app) return;
  document.documentElement.lang = uiLanguage();
  document.title = t('settingsTitle');
  const settings = await readSettings();
  // A save made just before a settings page closed may not have reached browser sync yet.
  void resyncIfBehind(browser.storage.sync, browser.storage.local);
  const followSettings = (listener: (s: typeof settings) => void) =>
    onSettingsChanged(() => void readSettings().then(listener));
  render(
    <>
      <SettingsForm
        initial={settings}
        save={saveSection}
        lookupNames={lookupNames}
        subscribe={followSettings}
      />
      <main>
        <LooksSection initial={settings} save={saveSection} subscribe={followSettings} />
        <WatchListsSection
          initial={settings.watchLists}
          save={(watchLists) => saveSection({ watchLists })}
        />
        <SitesSettings
          access={{ load: readSettings, save: saveSection }}
          subscribe={onSettingsChanged}
        />
        <FeedList actions={feedActions} />
        <PackList actions={packActions} />
        <PermissionNotice />
        <BackupSection actions={backupActions} />
        <StorageUse />
      </main>
    </>,
    app,
  );
  // A link to a section (the card's "Edit site rules": options.html#sites) lands on it.
  requestAnimationFrame(() => focusLinkedSection(document));
  window.addEventListener('hashchange', () => focusLinkedSection(document));
}

void main();
