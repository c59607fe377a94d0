import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  isMutedFor,
  muteEverywhere,
  muteOnSite,
  parseSettings,
  SETTINGS_LIMITS,
} from '../../lib/rules/settings';
import { loadSettings, saveSettings, type StorageAreaLike } from '../../lib/rules/settings-store';

function area(fail = false): StorageAreaLike & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => {
      if (fail) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      Object.assign(data, items);
    },
  };
}

describe('settings', () => {
  it('fall back field by field to defaults for anything invalid', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(
      parseSettings({ trigger: 'telepathy', openDelayMs: -5, enabled: false, mutedEntities: 'x' }),
    ).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    expect(parseSettings({ trigger: 'click', openDelayMs: 800 })).toMatchObject({
      trigger: 'click',
      openDelayMs: 800,
    });
  });

  it('mute on one site or everywhere, with caps', () => {
    let s = muteOnSite(DEFAULT_SETTINGS, 'example.com', 'starter:a');
    s = muteEverywhere(s, 'starter:b');
    expect(isMutedFor(s, 'example.com', 'starter:a')).toBe(true);
    expect(isMutedFor(s, 'other.org', 'starter:a')).toBe(false);
    expect(isMutedFor(s, 'other.org', 'starter:b')).toBe(true);
    expect(isMutedFor(s, 'other.org', undefined)).toBe(false);
    for (let i = 0; i < 500; i++) s = muteEverywhere(s, `starter:${i}`);
    expect(s.mutedEntities.length).toBe(SETTINGS_LIMITS.mutedEntities);
    expect(s.mutedEntities.at(-1)).toBe('starter:499');
  });

  it('are saved to sync and local, and kept locally when sync refuses them', async () => {
    const sync = area();
    const local = area();
    expect(await saveSettings({ ...DEFAULT_SETTINGS, trigger: 'click' }, sync, local)).toEqual({
      synced: true,
    });
    expect((await loadSettings(sync, local)).trigger).toBe('click');
    const full = area(true);
    const local2 = area();
    expect(await saveSettings({ ...DEFAULT_SETTINGS, openDelayMs: 700 }, full, local2)).toEqual({
      synced: false,
    });
    expect((await loadSettings(full, local2)).openDelayMs).toBe(700);
  });
});
