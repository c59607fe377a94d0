/**
 * The reader's settings: types, defaults, validation. Everything a power user sets lives here
 * (looks, density, site rules, watch lists, mutes), so one schema validates what storage,
 * messages and imported backups hand us. How it is stored (what syncs, what stays on this
 * device) is `settings-store.ts`.
 */
import * as v from 'valibot';
import { HOVER_OPEN_DELAY_MS } from '../constants';
import type { MentionType } from '../types/mention';

/** What opens a card: resting the pointer, resting it with Alt held, or a click. */
export const TRIGGERS = ['hover', 'hover-modifier', 'click'] as const;
export type Trigger = (typeof TRIGGERS)[number];

/** The kinds a reader can turn on or off and style: the four highlight types. */
export const KINDS = ['person', 'place', 'org', 'figure'] as const satisfies readonly MentionType[];
export type Kind = (typeof KINDS)[number];

/** How a highlight looks. `::highlight()` can set colours and text decoration only. */
export const LOOK_STYLES = ['tint', 'underline', 'dotted', 'outline'] as const;
export type LookStyle = (typeof LOOK_STYLES)[number];

/** Colour presets; their values (chosen to keep text contrast in light and dark) are in `looks.ts`. */
export const COLOUR_PRESETS = [
  'amber',
  'sky',
  'violet',
  'green',
  'rose',
  'teal',
  'orange',
  'slate',
] as const;
export type ColourPreset = (typeof COLOUR_PRESETS)[number];

export interface TypeLook {
  on: boolean;
  style: LookStyle;
  colour: ColourPreset;
}

/** Every mention, or only the first of each entity per page (the rest stay reachable). */
export const DENSITIES = ['every', 'first'] as const;
export type Density = (typeof DENSITIES)[number];

/** What a site rule lets through. */
export const SITE_MODES = ['all', 'names', 'figures', 'watch', 'off'] as const;
export type SiteMode = (typeof SITE_MODES)[number];

/** What every site without a rule gets: all, article pages only, or nothing. */
export const SITE_DEFAULTS = ['all', 'articles', 'off'] as const;
export type SiteDefault = (typeof SITE_DEFAULTS)[number];

/** A rule for the sites matching a host or match pattern (`*.example.com/opinion/*`). */
export interface SiteRule {
  pattern: string;
  mode: SiteMode;
}

/**
 * A named list of terms highlighted under `backstory-watch-<id>`. A term is plain text, or a
 * regular expression when written `/like this/`; the options apply to every term of the list.
 */
export interface WatchList {
  /** Short, stable, `[a-z0-9-]`: part of the highlight name. */
  id: string;
  name: string;
  on: boolean;
  colour: ColourPreset;
  style: LookStyle;
  terms: string[];
  wholeWord: boolean;
  matchCase: boolean;
  /** When false, "Zelensky" also finds "Zelenský". */
  matchAccents: boolean;
  /** Whether this list follows the reader through browser sync (large lists stay local). */
  sync: boolean;
}

export interface Settings {
  /** Highlights on or off for every page (the keyboard shortcut toggles one page only). */
  enabled: boolean;
  /** What opens a card: resting the pointer, resting it with Alt held, or a click. */
  trigger: Trigger;
  /** Pointer rest before a card shows, in ms. */
  openDelayMs: number;
  /** Each type on or off, with its look. */
  looks: Record<Kind, TypeLook>;
  density: Density;
  /** Most specific match wins (`site-rules.ts`). */
  siteRules: SiteRule[];
  siteDefault: SiteDefault;
  /** Whether the reader has been asked for `siteDefault` (asked once, at first run). */
  siteDefaultAsked: boolean;
  watchLists: WatchList[];
  /** Mute keys (`muteKeyOf`) never highlighted anywhere ("Never highlight this"). */
  mutedEntities: string[];
  /** Mute keys not highlighted on one site ("Not this"), by hostname. */
  mutedOnSites: Record<string, string[]>;
}

export const DEFAULT_LOOKS: Record<Kind, TypeLook> = {
  person: { on: true, style: 'tint', colour: 'amber' },
  place: { on: true, style: 'tint', colour: 'sky' },
  org: { on: true, style: 'tint', colour: 'violet' },
  figure: { on: true, style: 'tint', colour: 'green' },
};

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  trigger: 'hover',
  openDelayMs: HOVER_OPEN_DELAY_MS,
  looks: DEFAULT_LOOKS,
  density: 'every',
  siteRules: [],
  siteDefault: 'all',
  siteDefaultAsked: false,
  watchLists: [],
  mutedEntities: [],
  mutedOnSites: {},
};

/** Caps that keep settings, messages and backups bounded. */
export const SETTINGS_LIMITS = {
  mutedEntities: 200,
  sites: 50,
  perSite: 50,
  delayMin: 0,
  delayMax: 3_000,
  siteRules: 200,
  patternLength: 300,
  watchLists: 20,
  termsPerList: 1_000,
  termLength: 200,
  listNameLength: 60,
} as const;

const id = v.pipe(v.string(), v.maxLength(200));
const look = (fallback: TypeLook) =>
  v.fallback(
    v.object({
      on: v.fallback(v.boolean(), fallback.on),
      style: v.fallback(v.picklist(LOOK_STYLES), fallback.style),
      colour: v.fallback(v.picklist(COLOUR_PRESETS), fallback.colour),
    }),
    fallback,
  );

export const SiteRuleSchema = v.object({
  pattern: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(SETTINGS_LIMITS.patternLength)),
  mode: v.picklist(SITE_MODES),
});

export const WatchListSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,31}$/)),
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(SETTINGS_LIMITS.listNameLength)),
  on: v.boolean(),
  colour: v.picklist(COLOUR_PRESETS),
  style: v.picklist(LOOK_STYLES),
  terms: v.pipe(
    v.array(v.pipe(v.string(), v.maxLength(SETTINGS_LIMITS.termLength))),
    v.maxLength(SETTINGS_LIMITS.termsPerList),
  ),
  wholeWord: v.boolean(),
  matchCase: v.boolean(),
  matchAccents: v.boolean(),
  sync: v.boolean(),
});

/** Lenient on read: a bad field falls back to its default, a bad rule or list is dropped. */
const SettingsSchema = v.object({
  enabled: v.fallback(v.boolean(), DEFAULT_SETTINGS.enabled),
  trigger: v.fallback(v.picklist(TRIGGERS), DEFAULT_SETTINGS.trigger),
  openDelayMs: v.fallback(
    v.pipe(
      v.number(),
      v.integer(),
      v.minValue(SETTINGS_LIMITS.delayMin),
      v.maxValue(SETTINGS_LIMITS.delayMax),
    ),
    DEFAULT_SETTINGS.openDelayMs,
  ),
  looks: v.fallback(
    v.object({
      person: look(DEFAULT_LOOKS.person),
      place: look(DEFAULT_LOOKS.place),
      org: look(DEFAULT_LOOKS.org),
      figure: look(DEFAULT_LOOKS.figure),
    }),
    DEFAULT_LOOKS,
  ),
  density: v.fallback(v.picklist(DENSITIES), DEFAULT_SETTINGS.density),
  siteRules: v.fallback(
    v.pipe(
      v.array(v.unknown()),
      v.transform((rules) => keepValid(SiteRuleSchema, rules, SETTINGS_LIMITS.siteRules)),
    ),
    [],
  ),
  siteDefault: v.fallback(v.picklist(SITE_DEFAULTS), DEFAULT_SETTINGS.siteDefault),
  siteDefaultAsked: v.fallback(v.boolean(), false),
  watchLists: v.fallback(
    v.pipe(
      v.array(v.unknown()),
      v.transform((lists) =>
        uniqueIds(keepValid(WatchListSchema, lists, SETTINGS_LIMITS.watchLists)),
      ),
    ),
    [],
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

function keepValid<T>(
  schema: v.GenericSchema<unknown, T>,
  items: readonly unknown[],
  cap: number,
): T[] {
  const kept: T[] = [];
  for (const item of items) {
    const r = v.safeParse(schema, item);
    if (r.success) kept.push(r.output);
    if (kept.length >= cap) break;
  }
  return kept;
}

function uniqueIds(lists: WatchList[]): WatchList[] {
  const seen = new Set<string>();
  return lists.filter((l) => !seen.has(l.id) && (seen.add(l.id), true));
}

/** Read stored settings: anything missing or invalid falls back to its default, field by field. */
export function parseSettings(stored: unknown): Settings {
  const input = stored && typeof stored === 'object' ? stored : {};
  return v.parse(SettingsSchema, input) as Settings;
}

/** Add an entity to a list, newest last, dropping the oldest past the cap. */
function capped(list: readonly string[], item: string, cap: number): string[] {
  return [...list.filter((x) => x !== item), item].slice(-cap);
}

export function muteEverywhere(settings: Settings, key: string): Settings {
  return {
    ...settings,
    mutedEntities: capped(settings.mutedEntities, key, SETTINGS_LIMITS.mutedEntities),
  };
}

/** The entities muted on a site: own entries only, since a host may be "constructor". */
function mutedOn(settings: Settings, host: string): readonly string[] {
  return Object.hasOwn(settings.mutedOnSites, host) ? settings.mutedOnSites[host] : [];
}

export function muteOnSite(settings: Settings, host: string, key: string): Settings {
  const sites = {
    ...settings.mutedOnSites,
    [host]: capped(mutedOn(settings, host), key, SETTINGS_LIMITS.perSite),
  };
  const hosts = Object.keys(sites);
  for (const old of hosts.slice(0, Math.max(0, hosts.length - SETTINGS_LIMITS.sites)))
    delete sites[old];
  return { ...settings, mutedOnSites: sites };
}

/**
 * What a mute is keyed by: the entity's id when it is known, else its type and its words
 * (case and spacing folded), so an unknown name or a figure can be muted too.
 */
export function muteKeyOf(mention: { entityId?: string; type: MentionType; text: string }): string {
  if (mention.entityId) return mention.entityId;
  const words = mention.text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  return `${mention.type === 'figure' ? 'figure' : 'name'}:${words}`.slice(0, 200);
}

export function isMutedFor(settings: Settings, host: string, key: string | undefined): boolean {
  if (!key) return false;
  return settings.mutedEntities.includes(key) || mutedOn(settings, host).includes(key);
}
