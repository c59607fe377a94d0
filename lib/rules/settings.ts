/**
 * The reader's settings and mute lists: types, defaults, validation. Stored in
 * `browser.storage.sync` (mirrored to `storage.local`), so they are small and capped.
 */
import * as v from 'valibot';
import { HOVER_OPEN_DELAY_MS } from '../constants';

export type Trigger = 'hover' | 'hover-modifier' | 'click';

export interface Settings {
  /** Highlights on or off for every page (the keyboard shortcut toggles one page only). */
  enabled: boolean;
  /** What opens a card: resting the pointer, resting it with Alt held, or a click. */
  trigger: Trigger;
  /** Pointer rest before a card shows, in ms. */
  openDelayMs: number;
  /** Entities never highlighted anywhere ("Never highlight this"). */
  mutedEntities: string[];
  /** Entities not highlighted on one site ("Not this"), by hostname. */
  mutedOnSites: Record<string, string[]>;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  trigger: 'hover',
  openDelayMs: HOVER_OPEN_DELAY_MS,
  mutedEntities: [],
  mutedOnSites: {},
};

/** Caps that keep the settings inside storage.sync's 8 KB-per-item quota. */
export const SETTINGS_LIMITS = {
  mutedEntities: 200,
  sites: 50,
  perSite: 50,
  delayMin: 0,
  delayMax: 3_000,
} as const;

const id = v.pipe(v.string(), v.maxLength(200));
const SettingsSchema = v.object({
  enabled: v.fallback(v.boolean(), DEFAULT_SETTINGS.enabled),
  trigger: v.fallback(v.picklist(['hover', 'hover-modifier', 'click']), DEFAULT_SETTINGS.trigger),
  openDelayMs: v.fallback(
    v.pipe(
      v.number(),
      v.integer(),
      v.minValue(SETTINGS_LIMITS.delayMin),
      v.maxValue(SETTINGS_LIMITS.delayMax),
    ),
    DEFAULT_SETTINGS.openDelayMs,
  ),
  mutedEntities: v.fallback(v.pipe(v.array(id), v.maxLength(SETTINGS_LIMITS.mutedEntities)), []),
  mutedOnSites: v.fallback(
    v.record(
      v.pipe(v.string(), v.maxLength(253)),
      v.pipe(v.array(id), v.maxLength(SETTINGS_LIMITS.perSite)),
    ),
    {},
  ),
});

/** Read stored settings: anything missing or invalid falls back to its default, field by field. */
export function parseSettings(stored: unknown): Settings {
  const input = stored && typeof stored === 'object' ? stored : {};
  return v.parse(SettingsSchema, input) as Settings;
}

/** Add an entity to a list, newest last, dropping the oldest past the cap. */
function capped(list: readonly string[], item: string, cap: number): string[] {
  return [...list.filter((x) => x !== item), item].slice(-cap);
}

export function muteEverywhere(settings: Settings, entityId: string): Settings {
  return {
    ...settings,
    mutedEntities: capped(settings.mutedEntities, entityId, SETTINGS_LIMITS.mutedEntities),
  };
}

/** The entities muted on a site: own entries only, since a host may be "constructor". */
function mutedOn(settings: Settings, host: string): readonly string[] {
  return Object.hasOwn(settings.mutedOnSites, host) ? settings.mutedOnSites[host] : [];
}

export function muteOnSite(settings: Settings, host: string, entityId: string): Settings {
  const sites = {
    ...settings.mutedOnSites,
    [host]: capped(mutedOn(settings, host), entityId, SETTINGS_LIMITS.perSite),
  };
  const hosts = Object.keys(sites);
  for (const old of hosts.slice(0, Math.max(0, hosts.length - SETTINGS_LIMITS.sites)))
    delete sites[old];
  return { ...settings, mutedOnSites: sites };
}

export function isMutedFor(
  settings: Settings,
  host: string,
  entityId: string | undefined,
): boolean {
  if (!entityId) return false;
  return settings.mutedEntities.includes(entityId) || mutedOn(settings, host).includes(entityId);
}
