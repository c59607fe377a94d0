/**
 * Settings backup: every setting and the reader's link choices as one JSON document, and the
 * import of such a document. Import is strict where reading storage is lenient: a backup comes
 * from outside (a file anyone could have written), so anything unexpected refuses the whole file
 * with a message naming where and what, instead of being dropped or trimmed. Plain data in and
 * out; the settings page does the file and storage work (the format: docs/settings-backup.md).
 */
import * as v from 'valibot';
import { LINK_CHOICE_LIMIT, type LinkChoice } from './link-choices';
import {
  COLOUR_PRESETS,
  DEFAULT_LOOKS,
  DEFAULT_SETTINGS,
  LOOK_STYLES,
  SETTINGS_LIMITS,
  SITE_DEFAULTS,
  SiteRuleSchema,
  WatchListSchema,
  type Settings,
  type WatchList,
} from './settings';

export const BACKUP_FORMAT = 'backstory-settings';
/** 2: looks, density, site rules, watch lists. 1: on/off, trigger, delay and mutes only. */
export const BACKUP_SCHEMA_VERSION = 2;
/** A backup of every setting at its caps is well under this; a bigger file is not one of ours. */
export const BACKUP_MAX_CHARS = 2_000_000;
const MAX_DEPTH = 12;
/** Keys that would reach an object's prototype if the parsed data were ever merged carelessly. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface Backup {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  settings: Settings;
  linkChoices: LinkChoice[];
}

/** The document to save as a file. */
export function exportBackup(
  settings: Settings,
  linkChoices: readonly LinkChoice[],
  now: Date,
): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    settings,
    linkChoices: [...linkChoices],
  };
  return JSON.stringify(backup, null, 2);
}

/** Why a file was refused: a message of the catalogue (`$1` is `path`, `$2` is `detail`). */
export interface BackupProblem {
  key:
    | 'backupErrTooLarge'
    | 'backupErrNotJson'
    | 'backupErrNotObject'
    | 'backupErrFormat'
    | 'backupErrVersion'
    | 'backupErrFutureVersion'
    | 'backupErrForbiddenKey'
    | 'backupErrTooDeep'
    | 'backupErrUnknownKey'
    | 'backupErrMissing'
    | 'backupErrWrongType'
    | 'backupErrTooMany'
    | 'backupErrTooLong'
    | 'backupErrOutOfRange'
    | 'backupErrDuplicate'
    | 'backupErrInvalid'
    | 'backupErrMergeTooMany';
  /** Where in the file, as `settings.watchLists[2].terms`; empty for the whole file. */
  path: string;
  detail: string;
}

export type ReadResult =
  { ok: true; backup: Backup; migratedFrom: number | null } | { ok: false; problem: BackupProblem };

const problem = (key: BackupProblem['key'], path = '', detail = ''): ReadResult => ({
  ok: false,
  problem: { key, path, detail },
});

// ——— Schemas, strict: unknown keys and wrong types refuse the file. ———

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const muteKey = text(200);
const strictLook = v.strictObject({
  on: v.boolean(),
  style: v.picklist(LOOK_STYLES),
  colour: v.picklist(COLOUR_PRESETS),
});
const mutedOnSites = v.pipe(
  v.record(text(253), v.pipe(v.array(muteKey), v.maxLength(SETTINGS_LIMITS.perSite))),
  v.check((sites) => Object.keys(sites).length <= SETTINGS_LIMITS.sites, 'too-many-sites'),
);
const delay = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(SETTINGS_LIMITS.delayMin),
  v.maxValue(SETTINGS_LIMITS.delayMax),
);
const trigger = v.picklist(['hover', 'hover-modifier', 'click']);

const SettingsV1 = v.strictObject({
  enabled: v.boolean(),
  trigger,
  openDelayMs: delay,
  mutedEntities: v.pipe(v.array(muteKey), v.maxLength(SETTINGS_LIMITS.mutedEntities)),
  mutedOnSites,
});

const SettingsV2 = v.strictObject({
  ...SettingsV1.entries,
  looks: v.strictObject({
    person: strictLook,
    place: strictLook,
    org: strictLook,
    figure: strictLook,
  }),
  density: v.picklist(['every', 'first']),
  siteRules: v.pipe(
    v.array(v.strictObject(SiteRuleSchema.entries)),
    v.maxLength(SETTINGS_LIMITS.siteRules),
  ),
  siteDefault: v.picklist(SITE_DEFAULTS),
  siteDefaultAsked: v.boolean(),
  watchLists: v.pipe(
    v.array(v.strictObject(WatchListSchema.entries)),
    v.maxLength(SETTINGS_LIMITS.watchLists),
    v.check((lists) => new Set(lists.map((l) => l.id)).size === lists.length, 'duplicate-id'),
  ),
});

const LinkChoicesSchema = v.pipe(
  v.array(
    v.strictObject({
      site: v.pipe(v.string(), v.minLength(1), v.maxLength(253)),
      key: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
      target: v.nullable(
        v.strictObject({
          id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
          type: v.picklist(['person', 'place', 'org']),
          name: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
        }),
      ),
    }),
  ),
  v.maxLength(LINK_CHOICE_LIMIT),
);

const Envelope = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  schemaVersion: v.number(),
  exportedAt: v.pipe(v.string(), v.maxLength(64)),
  settings: v.unknown(),
  // Version 1 files may have no link choices.
  linkChoices: v.optional(v.unknown()),
});

// ——— Migrations: one function per version step, each from a file valid at its version. ———

type SettingsV1Shape = v.InferOutput<typeof SettingsV1>;

interface Step {
  schema: v.GenericSchema<unknown, unknown>;
  up: (settings: never) => unknown;
}

/** Version 1 to 2: the looks, sites and watch lists that did not exist get their defaults. */
function v1ToV2(s: SettingsV1Shape): Settings {
  return {
    ...s,
    looks: structuredClone(DEFAULT_LOOKS),
    density: DEFAULT_SETTINGS.density,
    siteRules: [],
    siteDefault: DEFAULT_SETTINGS.siteDefault,
    siteDefaultAsked: DEFAULT_SETTINGS.siteDefaultAsked,
    watchLists: [],
  };
}

/** `MIGRATIONS[n]` reads a version-n file's settings and returns them at version n + 1. */
const MIGRATIONS: Record<number, Step> = {
  1: { schema: SettingsV1, up: v1ToV2 as Step['up'] },
};

// ——— Reading a file. ———

/** The first key anywhere in `value` that is forbidden, or that nests too deep, with its path. */
function badKey(value: unknown, path: string, depth: number): ReadResult | null {
  if (value === null || typeof value !== 'object') return null;
  if (depth > MAX_DEPTH) return problem('backupErrTooDeep', path);
  const entries = Array.isArray(value)
    ? value.map((item, i) => [`${path}[${i}]`, item] as const)
    : Object.keys(value).map((k) => {
        if (FORBIDDEN_KEYS.has(k)) return [null, k] as const;
        return [path ? `${path}.${k}` : k, (value as Record<string, unknown>)[k]] as const;
      });
  for (const [at, item] of entries) {
    if (at === null) return problem('backupErrForbiddenKey', path, String(item));
    const found = badKey(item, at, depth + 1);
    if (found) return found;
  }
  return null;
}

function pathOf(issue: v.BaseIssue<unknown>, prefix: string): string {
  let out = prefix;
  for (const item of issue.path ?? []) {
    const key = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** The first issue as a message: valibot's issue types mapped to what a reader can act on. */
function describeIssue(issue: v.BaseIssue<unknown>, prefix: string): ReadResult {
  const path = pathOf(issue, prefix);
  const detail = issue.expected ?? '';
  if (issue.type === 'strict_object' && issue.expected === 'never')
    return problem('backupErrUnknownKey', path);
  if (issue.received === 'undefined') return problem('backupErrMissing', path);
  if (issue.type === 'max_length')
    return problem(
      Array.isArray(issue.input) ? 'backupErrTooMany' : 'backupErrTooLong',
      path,
      String(issue.requirement),
    );
  if (issue.type === 'min_value' || issue.type === 'max_value' || issue.type === 'integer')
    return problem('backupErrOutOfRange', path);
  if (issue.type === 'check' && issue.message === 'duplicate-id')
    return problem('backupErrDuplicate', path);
  if (issue.type === 'check' && issue.message === 'too-many-sites')
    return problem('backupErrTooMany', path, String(SETTINGS_LIMITS.sites));
  if (issue.kind === 'schema') return problem('backupErrWrongType', path, detail);
  return problem('backupErrInvalid', path, detail);
}

function parseWith<T>(
  schema: v.GenericSchema<unknown, T>,
  input: unknown,
  prefix: string,
): { ok: true; output: T } | Extract<ReadResult, { ok: false }> {
  const r = v.safeParse(schema, input, { abortEarly: true });
  if (r.success) return { ok: true, output: r.output };
  return describeIssue(r.issues[0], prefix) as Extract<ReadResult, { ok: false }>;
}

/**
 * A backup file's text read and checked whole: the size first, then JSON, forbidden keys, the
 * format id and version, the version's schema, the migrations to the current version and the
 * current schema. The first problem found refuses the file.
 */
export function readBackup(fileText: string): ReadResult {
  if (fileText.length > BACKUP_MAX_CHARS)
    return problem('backupErrTooLarge', '', String(BACKUP_MAX_CHARS));
  let data: unknown;
  try {
    data = JSON.parse(fileText);
  } catch {
    return problem('backupErrNotJson');
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return problem('backupErrNotObject');
  const forbidden = badKey(data, '', 0);
  if (forbidden) return forbidden;
  const record = data as Record<string, unknown>;
  if (record.format !== BACKUP_FORMAT) return problem('backupErrFormat', 'format');
  const version = record.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return problem('backupErrVersion', 'schemaVersion');
  if (version > BACKUP_SCHEMA_VERSION)
    return problem('backupErrFutureVersion', 'schemaVersion', String(version));
  const envelope = parseWith(Envelope, data, '');
  if (!envelope.ok) return envelope;

  let settings: unknown = envelope.output.settings;
  for (let at = version; at < BACKUP_SCHEMA_VERSION; at++) {
    const step = MIGRATIONS[at];
    const valid = parseWith(step.schema, settings, 'settings');
    if (!valid.ok) return valid;
    settings = step.up(valid.output as never);
  }
  const current = parseWith(SettingsV2, settings, 'settings');
  if (!current.ok) return current;
  const choices = parseWith(LinkChoicesSchema, envelope.output.linkChoices ?? [], 'linkChoices');
  if (!choices.ok) return choices;
  return {
    ok: true,
    migratedFrom: version < BACKUP_SCHEMA_VERSION ? version : null,
    backup: {
      format: BACKUP_FORMAT,
      schemaVersion: BACKUP_SCHEMA_VERSION,
      exportedAt: envelope.output.exportedAt,
      settings: current.output as Settings,
      linkChoices: choices.output,
    },
  };
}

// ——— Merge or replace. ———

export type ImportMode = 'merge' | 'replace';

export interface ImportPlan {
  settings: Settings;
  linkChoices: LinkChoice[];
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

/** Items by key, the second list's replacing the first's in place, new ones appended. */
function combine<T>(a: readonly T[], b: readonly T[], keyOf: (item: T) => string): T[] {
  const out = new Map<string, T>();
  for (const item of a) out.set(keyOf(item), item);
  for (const item of b) out.set(keyOf(item), item);
  return [...out.values()];
}

function mergeLists(a: readonly WatchList[], b: readonly WatchList[]): WatchList[] {
  const byId = new Map(a.map((l) => [l.id, l]));
  return combine(a, b, (l) => l.id).map((l) => {
    const mine = byId.get(l.id);
    return mine && mine !== l ? { ...l, terms: union(mine.terms, l.terms) } : l;
  });
}

/**
 * The settings an import would give. Replace: the file's, whole. Merge: the file wins every
 * single-valued setting (on/off, trigger, delay, looks, density, site default); site rules are
 * combined by pattern and watch lists by id (the file's mode or list wins, a list's terms are
 * the union of both); mutes and link choices are unioned. A merge that would pass a cap refuses
 * the file rather than drop anything.
 */
export function planImport(
  current: Settings,
  currentChoices: readonly LinkChoice[],
  backup: Backup,
  mode: ImportMode,
): { ok: true; plan: ImportPlan } | { ok: false; problem: BackupProblem } {
  const file = backup.settings;
  if (mode === 'replace')
    return { ok: true, plan: { settings: file, linkChoices: [...backup.linkChoices] } };
  const sites: Record<string, string[]> = {};
  for (const host of union(Object.keys(current.mutedOnSites), Object.keys(file.mutedOnSites))) {
    if (FORBIDDEN_KEYS.has(host)) continue;
    sites[host] = union(
      Object.hasOwn(current.mutedOnSites, host) ? current.mutedOnSites[host] : [],
      Object.hasOwn(file.mutedOnSites, host) ? file.mutedOnSites[host] : [],
    );
  }
  const settings: Settings = {
    ...file,
    siteRules: combine(current.siteRules, file.siteRules, (r) => r.pattern),
    watchLists: mergeLists(current.watchLists, file.watchLists),
    mutedEntities: union(current.mutedEntities, file.mutedEntities),
    mutedOnSites: sites,
  };
  const linkChoices = combine(currentChoices, backup.linkChoices, (c) => `${c.site}\u0000${c.key}`);
  // The merged whole must still be a valid file: the same schema, so the same caps.
  const check = parseWith(SettingsV2, settings, 'settings');
  if (!check.ok) return { ok: false, problem: { ...check.problem, key: 'backupErrMergeTooMany' } };
  const checkChoices = parseWith(LinkChoicesSchema, linkChoices, 'linkChoices');
  if (!checkChoices.ok)
    return { ok: false, problem: { ...checkChoices.problem, key: 'backupErrMergeTooMany' } };
  return { ok: true, plan: { settings, linkChoices } };
}

// ——— Preview. ———

export interface ImportTarget {
  saveSettings: (settings: Settings) => Promise<unknown>;
  saveLinkChoices: (choices: LinkChoice[]) => Promise<unknown>;
}

/**
 * Write a plan: the settings, then the link choices; if the second write fails the settings
 * are written back as they were, so an import is applied whole or not at all.
 */
export async function commitImport(
  plan: ImportPlan,
  previous: Settings,
  target: ImportTarget,
): Promise<void> {
  await target.saveSettings(plan.settings);
  try {
    await target.saveLinkChoices(plan.linkChoices);
  } catch (error) {
    await target.saveSettings(previous);
    throw error;
  }
}
