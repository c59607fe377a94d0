/**
 * Settings persistence: storage.sync (follows the reader across browsers), mirrored to
 * storage.local (kept when sync is off or over quota). The storage areas are parameters, so
 * tests pass fakes and the content script, options page and background share one code path.
 */
import { parseSettings, type Settings } from './settings';

export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export const SETTINGS_KEY = 'settings';

export async function loadSettings(
  sync: StorageAreaLike,
  local: StorageAreaLike,
): Promise<Settings> {
  const fromSync = await sync.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>);
  if (fromSync[SETTINGS_KEY]) return parseSettings(fromSync[SETTINGS_KEY]);
  const fromLocal = await local.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>);
  return parseSettings(fromLocal[SETTINGS_KEY]);
}

/** Save to both; a sync quota error keeps the local copy and is reported, never thrown. */
export async function saveSettings(
  settings: Settings,
  sync: StorageAreaLike,
  local: StorageAreaLike,
): Promise<{ synced: boolean }> {
  await local.set({ [SETTINGS_KEY]: settings });
  try {
    await sync.set({ [SETTINGS_KEY]: settings });
    return { synced: true };
  } catch {
    return { synced: false };
  }
}
