/**
 * The reader's settings as Backstory's own pages read, write and follow them (browser sync with
 * the local copy; lib/rules/settings-store.ts).
 */
import { browser } from 'wxt/browser';
import type { Settings } from '../lib/rules/settings';
import { isSettingsChange, loadSettings, saveSettings } from '../lib/rules/settings-store';

const { sync, local } = browser.storage;

export const readSettings = () => loadSettings(sync, local);
export const writeSettings = (next: Settings) => saveSettings(next, sync, local);

/** Calls back on every change of the stored settings (this page's, a card's, another browser's). */
export function onSettingsChanged(listener: () => void): () => void {
  const listen = (changes: Record<string, unknown>) => {
    if (isSettingsChange(changes)) listener();
  };
  browser.storage.onChanged.addListener(listen);
  return () => browser.storage.onChanged.removeListener(listen);
}
