/**
 * What the settings page's sections do with storage and the background. Each section saves
 * only its own fields, over the settings as stored at that moment (`saveSection`): the page
 * holds several sections, a card or another browser may save meanwhile, and a section that
 * wrote back everything it was opened with would undo their changes.
 */
import { browser } from 'wxt/browser';
import type { BackupActions } from './BackupSection';
import type { NameLookup } from './MutesSection';
import { ask } from '../../lib/messaging/client';
import { commitImport, exportBackup } from '../../lib/rules/backup';
import { loadLinkChoices, saveLinkChoices } from '../../lib/rules/link-choices-store';
import type { Settings } from '../../lib/rules/settings';
import { syncUsage } from '../../lib/rules/settings-store';
import { onSettingsChanged, readSettings, writeSettings } from '../stored-settings';
import { MESSAGE_LIMITS } from '../../lib/constants';

export { onSettingsChanged, readSettings };

const { sync, local } = browser.storage;

/** The page's last save: the next one reads what it wrote. */
let saving: Promise<unknown> = Promise.resolve();

/**
 * Save one section's fields over the settings as stored now. The page's saves run one after
 * another: two at once (a choice, then a field typed right after) would read the same stored
 * settings, and the one written last would undo the other's field.
 */
export function saveSection(patch: Partial<Settings>): Promise<{ synced: boolean }> {
  const done = saving
    .catch(() => undefined)
    .then(async () => writeSettings({ ...(await readSettings()), ...patch }));
  saving = done;
  return done;
}

/** Entity names for the list of mutes, asked in batches the message allows. */
export const lookupNames: NameLookup = async (ids) => {
  const names = new Map<string, string>();
  for (let i = 0; i < ids.length; i += MESSAGE_LIMITS.entityNames) {
    const r = await ask({
      type: 'entity-names',
      ids: ids.slice(i, i + MESSAGE_LIMITS.entityNames),
    });
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

export const backupActions: BackupActions = {
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
