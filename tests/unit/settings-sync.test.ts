import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings, type WatchList } from '../../lib/rules/settings';
import {
  isSettingsChange,
  loadSettings,
  resyncIfBehind,
  saveSettings,
  SETTINGS_KEY,
  SYNC_DELAY_MS,
  SYNC_QUOTA,
  syncUsage,
  watchKey,
  type StorageAreaLike,
} from '../../lib/rules/settings-store';

const bytes = (key: string, value: unknown) =>
  new TextEncoder().encode(key + JSON.stringify(value)).length;

/** A storage.sync that refuses what its quotas refuse, and counts writes. */
function syncArea(withBytes = true) {
  const data: Record<string, unknown> = {};
  const used = () => Object.entries(data).reduce((n, [k, v]) => n + bytes(k, v), 0);
  const area: StorageAreaLike & { data: typeof data; writes: number } = {
    data,
    writes: 0,
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => {
      area.writes++;
      for (const [k, v] of Object.entries(items))
        if (bytes(k, v) > SYNC_QUOTA.perItem) throw new Error('QUOTA_BYTES_PER_ITEM exceeded');
      const next = { ...data, ...structuredClone(items) };
      const total = Object.entries(next).reduce((n, [k, v]) => n + bytes(k, v), 0);
      if (total > SYNC_QUOTA.total) throw new Error('QUOTA_BYTES exceeded');
      Object.assign(data, next);
    },
    remove: async (keys) => {
      area.writes++;
      for (const k of [keys].flat()) delete data[k];
    },
    ...(withBytes ? { getBytesInUse: async () => used() } : {}),
  };
  return area;
}

function localArea() {
  const data: Record<string, unknown> = {};
  const area: StorageAreaLike & { data: typeof data; writes: number } = {
    data,
    writes: 0,
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => {
      area.writes++;
      Object.assign(data, structuredClone(items));
    },
  };
  return area;
}

const list = (id: string, terms: string[], sync = true): WatchList => ({
  id,
  name: `List ${id}`,
  on: true,
  colour: 'rose',
  style: 'outline',
  terms,
  wholeWord: true,
  matchCase: false,
  matchAccents: false,
  sync,
});
/** Terms adding up to more than one sync item holds. */
const bigTerms = Array.from({ length: 400 }, (_, i) => `a rather long watch term number ${i}`);

describe('settings sync', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  const save = async (s: Settings, sync: StorageAreaLike, local: StorageAreaLike) => {
    const done = saveSettings(s, sync, local);
    await vi.advanceTimersByTimeAsync(SYNC_DELAY_MS);
    return done;
  };

  it('writes locally at once and coalesces saves close together into one sync write', async () => {
    const sync = syncArea();
    const local = localArea();
    const results = [1, 2, 3].map((n) =>
      saveSettings({ ...DEFAULT_SETTINGS, openDelayMs: n * 100 }, sync, local),
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(local.writes).toBe(3);
    expect(sync.writes).toBe(0);
    expect((await loadSettings(sync, local)).openDelayMs).toBe(300);
    await vi.advanceTimersByTimeAsync(SYNC_DELAY_MS);
    expect(await Promise.all(results)).toEqual([
      { synced: true },
      { synced: true },
      { synced: true },
    ]);
    expect(sync.writes).toBe(1);
    expect(sync.data[SETTINGS_KEY]).toMatchObject({ openDelayMs: 300 });
  });

  it('puts each synced watch list in its own item, keeps large and local-only lists here', async () => {
    const sync = syncArea();
    const local = localArea();
    const s: Settings = {
      ...DEFAULT_SETTINGS,
      watchLists: [list('small', ['Kyiv']), list('big', bigTerms), list('mine', ['x'], false)],
    };
    expect(await save(s, sync, local)).toEqual({ synced: true });
    expect(sync.data[watchKey('small')]).toEqual({ terms: ['Kyiv'] });
    expect(watchKey('big') in sync.data).toBe(false);
    expect(watchKey('mine') in sync.data).toBe(false);
    const head = sync.data[SETTINGS_KEY] as Settings;
    expect(head.watchLists.map((l) => [l.id, l.terms])).toEqual([['small', []]]);
    expect((await loadSettings(sync, local)).watchLists).toEqual(s.watchLists);
    expect(await syncUsage(sync, s)).toMatchObject({
      quota: SYNC_QUOTA.total,
      keptLocal: ['List big'],
      settingsTooLarge: false,
    });
    expect((await syncUsage(sync, s)).bytes).toBeGreaterThan(0);
  });

  it('stays within the total quota: lists that would pass it stay local', async () => {
    const sync = syncArea();
    const local = localArea();
    // Each just under the per-item quota: fourteen of them are more than sync holds in all.
    const terms = Array.from(
      { length: 250 },
      (_, i) => `term ${String(i).padStart(4, '0')} abcdefghijklmnopqrs`,
    );
    const lists = Array.from({ length: 14 }, (_, i) => list(`l${i}`, terms));
    const s = { ...DEFAULT_SETTINGS, watchLists: lists };
    expect(await save(s, sync, local)).toEqual({ synced: true });
    const kept = (await syncUsage(sync, s)).keptLocal;
    expect(kept.length).toBeGreaterThan(0);
    expect(Object.keys(sync.data).filter((k) => k.startsWith('watch-')).length).toBe(
      14 - kept.length,
    );
    expect((await loadSettings(sync, local)).watchLists).toEqual(lists);
  });

  it('reports settings over the per-item quota as kept locally, never throwing', async () => {
    const sync = syncArea();
    const local = localArea();
    const mutes = Array.from({ length: 200 }, (_, i) => `name:${'x'.repeat(60)}${i}`);
    const s = { ...DEFAULT_SETTINGS, mutedEntities: mutes };
    expect(await save(s, sync, local)).toEqual({ synced: false });
    expect(sync.writes).toBe(0);
    expect((await loadSettings(sync, local)).mutedEntities).toEqual(mutes);
    expect((await syncUsage(sync, s)).settingsTooLarge).toBe(true);
  });

  it('takes the newer copy: a change from another browser wins and is kept locally', async () => {
    const sync = syncArea();
    const local = localArea();
    vi.setSystemTime(1_000_000);
    await save(
      { ...DEFAULT_SETTINGS, trigger: 'click', watchLists: [list('here', ['a'], false)] },
      sync,
      local,
    );
    // Another browser saves later through the same sync area.
    vi.setSystemTime(2_000_000);
    const elsewhere = localArea();
    await save(
      { ...DEFAULT_SETTINGS, trigger: 'hover-modifier', watchLists: [list('w', ['b'])] },
      sync,
      elsewhere,
    );
    const s = await loadSettings(sync, local);
    expect(s.trigger).toBe('hover-modifier');
    expect(s.watchLists.map((l) => l.id)).toEqual(['w', 'here']);
    expect((local.data[SETTINGS_KEY] as Settings).trigger).toBe('hover-modifier');
  });

  it('removes the items of lists no longer synced', async () => {
    const sync = syncArea();
    const local = localArea();
    await save(
      { ...DEFAULT_SETTINGS, watchLists: [list('a', ['x']), list('b', ['y'])] },
      sync,
      local,
    );
    await save({ ...DEFAULT_SETTINGS, watchLists: [list('a', ['x'])] }, sync, local);
    expect(Object.keys(sync.data).sort()).toEqual([SETTINGS_KEY, watchKey('a')]);
  });

  it('catches sync up with a local save that never reached it', async () => {
    const sync = syncArea();
    const local = localArea();
    local.data[SETTINGS_KEY] = { ...DEFAULT_SETTINGS, density: 'first', savedAt: 5 };
    await resyncIfBehind(sync, local);
    expect(sync.data[SETTINGS_KEY]).toMatchObject({ density: 'first', savedAt: 5 });
    const writes = sync.writes;
    await resyncIfBehind(sync, local);
    expect(sync.writes).toBe(writes);
  });

  it('says "not available" where the browser cannot count sync bytes', async () => {
    expect((await syncUsage(syncArea(false), DEFAULT_SETTINGS)).bytes).toBeNull();
  });

  it('tells which storage changes concern the settings', () => {
    expect(isSettingsChange({ settings: {} })).toBe(true);
    expect(isSettingsChange({ 'watch-ukraine': {} })).toBe(true);
    expect(isSettingsChange({ linkChoices: [] })).toBe(false);
  });
});
