/**
 * The settings page: the highlight and card settings, then each section, every one saving only
 * its own fields (settings-page-actions.ts).
 */
import { FeedList } from '../FeedList';
import { feedActions, packActions } from '../options-actions';
import { PackList } from '../PackList';
import { PermissionNotice } from '../PermissionNotice';
import { StorageUse } from '../StorageUse';
import { SettingsForm } from '../SettingsForm';
import { BackupSection } from './BackupSection';
import { LooksSection } from './LooksSection';
import { SitesSettings } from './SitesSection';
import {
  backupActions,
  lookupNames,
  onSettingsChanged,
  readSettings,
  saveSection,
} from './settings-page-actions';
import { WatchListsSection } from './WatchListsSection';
import type { Settings } from '../../lib/rules/settings';

/** The settings as stored after each change, for the sections that follow other sections. */
const followSettings = (listener: (s: Settings) => void) =>
  onSettingsChanged(() => void readSettings().then(listener));

export function SettingsPage({ settings }: { settings: Settings }) {
  return (
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
    </>
  );
}
