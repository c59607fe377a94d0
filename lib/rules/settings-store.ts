/**
 * Settings persistence. storage.local holds everything, written at once on every save, so
 * nothing is lost; storage.sync (follows the reader to their other browsers) gets a copy
 * within its quotas: the settings with each watch list's terms left out in one item, and the
 * terms of each list marked to sync in an item of its own (`watch-<id>`) when it fits. A list
 * too large for an item, or one the reader keeps on this device, stays in storage.local alone.
 * Sync writes are coalesced, since sync allows only a few writes a minute.
 *
 * Each copy carries the time it was saved (`savedAt`); a load takes the newer one, so a change
 * made in another browser wins over an older local copy and is then kept locally too. The
 * storage areas are parameters, so tests pass fakes and the content script, options page and
 * background share one code path.
 */
import { parseSettings, type Settings, type WatchList } from './settings';

export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove?(keys: string | string[]): Promise<void>;
  /** Missing in some browsers (Firefox has had none for storage.sync). */
  getBytesInUse?(keys: string | string[] | null): Promise<number>;
}

export const SETTINGS_KEY = 'settings';
/** The sync item holding one watch list's terms. */
export const watchKey = (id: string) => `watch-${id}`;
const WATCH_PREFIX = 'watch-';

/** storage.sync's quotas (the same in Chromium and Firefox). */
export const SYNC_QUOTA = { total: 102_400, perItem: 8_192 } as const;
/** Saves closer together than this reach sync as one write. */
export const SYNC_DELAY_MS = 1_000;

/** Whether a storage change touches the settings: the settings item or a watch list's terms. */
export function isSettingsChange(changes: Record<string, unknown>): boolean {
  return Object.keys(changes).some((k) => k === SETTINGS_KEY || k.startsWith(WATCH_PREFIX));
}

/** Bytes an item takes against the quotas: its key and its JSON, as the browsers count it. */
const itemBytes = (key: string, value: unknown) =>
  new TextEncoder().encode(key + JSON.stringify(value)).length;

interface SyncPlan {
  items: Record<string, unknown>;
  /** Lists marked to sync that do not fit, by name: the settings page says they stay here. */
  tooLarge: string[];
  /** Whether the settings item itself fits; when it does not, nothing is synced. */
  fits: boolean;
}

/** What a save puts in storage.sync. */
export function planSync(settings: Settings, savedAt: number): SyncPlan {
  const lists: WatchList[] = [];
  const items: Record<string, unknown> = {};
  const tooLarge: string[] = [];
  const head = (kept: WatchList[]) => ({
    ...settings,
    watchLists: kept.map((l) => ({ ...l, terms: [] })),
    savedAt,
  });
  let total = itemBytes(SETTINGS_KEY, head([]));
  for (const list of settings.watchLists) {
    if (!list.sync) continue;
    const key = watchKey(list.id);
    const value = { terms: list.terms };
    const bytes = itemBytes(key, value);
    // The list's entry in the settings item costs bytes too.
    const meta = itemBytes('', { ...list, terms: [] });
    if (bytes > SYNC_QUOTA.perItem || total + bytes + meta > SYNC_QUOTA.total) {
      tooLarge.push(list.name);
      continue;
    }
    total += bytes + meta;
    lists.push(list);
    items[key] = value;
  }
  const first = head(lists);
  items[SETTINGS_KEY] = first;
  return { items, tooLarge, fits: itemBytes(SETTINGS_KEY, first) <= SYNC_QUOTA.perItem };
}

const readItem = async (area: StorageAreaLike, key: string): Promise<unknown> =>
  (await area.get(key).catch(() => ({}) as Record<string, unknown>))[key];

const savedAtOf = (raw: unknown): number => {
  const at = raw && typeof raw === 'object' ? (raw as { savedAt?: unknown }).savedAt : undefined;
  return typeof at === 'number' && Number.isFinite(at) ? at : 0;
};

/** A list whose terms could never sync stays only here, whatever the other browser says. */
const keptHere = (list: WatchList) =>
  !list.sync || itemBytes(watchKey(list.id), { terms: list.terms }) > SYNC_QUOTA.perItem;

async function fromSync(raw: unknown, sync: StorageAreaLike, localRaw: unknown): Promise<Settings> {
  const synced = parseSettings(raw);
  const local = parseSettings(localRaw);
  const lists: WatchList[] = [];
  for (const meta of synced.watchLists) {
    const item = await readItem(sync, watchKey(meta.id));
    const terms = item && typeof item === 'object' ? (item as { terms?: unknown }).terms : null;
    // Validated like any stored list: a damaged item gives the list without terms.
    const [list] = parseSettings({
      watchLists: [{ ...meta, terms: terms ?? meta.terms }],
    }).watchLists;
    lists.push(list ?? meta);
  }
  const ids = new Set(lists.map((l) => l.id));
  const here = local.watchLists.filter((l) => !ids.has(l.id) && keptHere(l));
  return parseSettings({ ...synced, watchLists: [...lists, ...here] });
}

export async function loadSettings(
  sync: StorageAreaLike,
  local: StorageAreaLike,
): Promise<Settings> {
  const localRaw = await readItem(local, SETTINGS_KEY);
  const syncRaw = await readItem(sync, SETTINGS_KEY);
  if (!syncRaw || (localRaw && savedAtOf(syncRaw) <= savedAtOf(localRaw)))
    return parseSettings(localRaw);
  const settings = await fromSync(syncRaw, sync, localRaw);
  // Kept here too, so this browser has the newer settings whole even when sync is turned off.
  await local.set({ [SETTINGS_KEY]: { ...settings, savedAt: savedAtOf(syncRaw) } }).catch(() => {});
  return settings;
}

interface Pending {
  local: StorageAreaLike;
  waiters: ((result: { synced: boolean }) => void)[];
}
const pending = new WeakMap<StorageAreaLike, Pending>();

/**
 * Copy the local settings, as they are when the delay is over, to sync. Read back rather than
 * kept from the save, so whatever wrote the local copy last (this page, another one, a restore)
 * is what sync gets, with its time.
 */
async function flush(sync: StorageAreaLike): Promise<void> {
  const job = pending.get(sync);
  if (!job) return;
  pending.delete(sync);
  let synced = false;
  try {
    const localRaw = await readItem(job.local, SETTINGS_KEY);
    const plan = planSync(parseSettings(localRaw), savedAtOf(localRaw));
    if (plan.fits) {
      const before = parseSettings(await readItem(sync, SETTINGS_KEY)).watchLists;
      await sync.set(plan.items);
      const stale = before.map((l) => watchKey(l.id)).filter((k) => !(k in plan.items));
      if (stale.length) await sync.remove?.(stale);
      synced = true;
    }
  } catch {
    synced = false;
  }
  for (const done of job.waiters) done({ synced });
}

function schedule(sync: StorageAreaLike, local: StorageAreaLike, waiter?: Pending['waiters'][0]) {
  const job = pending.get(sync);
  if (job) {
    job.local = local;
    if (waiter) job.waiters.push(waiter);
    return;
  }
  pending.set(sync, { local, waiters: waiter ? [waiter] : [] });
  setTimeout(() => void flush(sync), SYNC_DELAY_MS);
}

/**
 * Save: storage.local at once, storage.sync within `SYNC_DELAY_MS` (several saves in that time
 * reach sync as one write of the last). Resolves once sync is written or refused; a quota error
 * keeps the local copy and is reported as `synced: false`, never thrown.
 */
export async function saveSettings(
  settings: Settings,
  sync: StorageAreaLike,
  local: StorageAreaLike,
): Promise<{ synced: boolean }> {
  await local.set({ [SETTINGS_KEY]: { ...settings, savedAt: Date.now() } });
  return new Promise((resolve) => schedule(sync, local, resolve));
}

/**
 * Bring storage.sync up to the local copy when a save never reached it (the page that made it
 * closed within the delay). Called where settings are edited, not on every page load.
 */
export async function resyncIfBehind(sync: StorageAreaLike, local: StorageAreaLike): Promise<void> {
  const localRaw = await readItem(local, SETTINGS_KEY);
  const syncRaw = await readItem(sync, SETTINGS_KEY);
  if (!localRaw || pending.has(sync) || (syncRaw && savedAtOf(syncRaw) >= savedAtOf(localRaw)))
    return;
  pending.set(sync, { local, waiters: [] });
  await flush(sync);
}

export interface SyncUsage {
  /** Bytes used in storage.sync, or null where the browser cannot say. */
  bytes: number | null;
  quota: number;
  /** Watch lists marked to sync that are too large and stay on this device. */
  keptLocal: string[];
  /** Whether the settings themselves are over the per-item quota (then nothing syncs). */
  settingsTooLarge: boolean;
}

export async function syncUsage(sync: StorageAreaLike, settings: Settings): Promise<SyncUsage> {
  const plan = planSync(settings, 0);
  let bytes: number | null = null;
  if (typeof sync.getBytesInUse === 'function')
    bytes = await sync.getBytesInUse(null).catch(() => null);
  return {
    bytes,
    quota: SYNC_QUOTA.total,
    keptLocal: plan.tooLarge,
    settingsTooLarge: !plan.fits,
  };
}
