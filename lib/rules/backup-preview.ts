/**
 * What a settings import would change, as messages the settings page shows before the reader
 * merges or replaces: one line per difference, in the order of the page's sections.
 */
import type { LinkChoice } from './link-choices';
import { KINDS, type Kind, type Settings } from './settings';
import type { ImportPlan } from './backup';

/** One difference, as a message of the catalogue and its substitutions. */
export interface BackupChange {
  key:
    | 'backupChangeNone'
    | 'backupChangeEnabled'
    | 'backupChangeDisabled'
    | 'backupChangeTrigger'
    | 'backupChangeDelay'
    | 'backupChangeDensity'
    | 'backupChangeSiteDefault'
    | 'backupChangeKindOn'
    | 'backupChangeKindOff'
    | 'backupChangeKindLook'
    | 'backupChangeRulesAdded'
    | 'backupChangeRulesRemoved'
    | 'backupChangeRulesChanged'
    | 'backupChangeListAdded'
    | 'backupChangeListRemoved'
    | 'backupChangeListChanged'
    | 'backupChangeMutesAdded'
    | 'backupChangeMutesRemoved'
    | 'backupChangeChoicesAdded'
    | 'backupChangeChoicesRemoved'
    | 'backupChangeChoicesChanged';
  args: string[];
  /** For a type: which one, so the page can name it in the reader's language. */
  kind?: Kind;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function countDiff<T>(before: readonly T[], after: readonly T[], keyOf: (x: T) => string) {
  const a = new Map(before.map((x) => [keyOf(x), x]));
  const b = new Map(after.map((x) => [keyOf(x), x]));
  let added = 0;
  let removed = 0;
  let changed = 0;
  for (const [k, x] of b) {
    if (!a.has(k)) added++;
    else if (!same(a.get(k), x)) changed++;
  }
  for (const k of a.keys()) if (!b.has(k)) removed++;
  return { added, removed, changed };
}

const allMutes = (s: Settings) => [
  ...s.mutedEntities.map((k) => `*\u0000${k}`),
  ...Object.entries(s.mutedOnSites).flatMap(([host, keys]) => keys.map((k) => `${host}\u0000${k}`)),
];

/** What an import would change, in the order the settings page shows its sections. */
export function previewImport(
  current: Settings,
  currentChoices: readonly LinkChoice[],
  plan: ImportPlan,
): BackupChange[] {
  const next = plan.settings;
  const out: BackupChange[] = [];
  const add = (key: BackupChange['key'], ...args: string[]) => out.push({ key, args });
  if (next.enabled !== current.enabled)
    add(next.enabled ? 'backupChangeEnabled' : 'backupChangeDisabled');
  if (next.trigger !== current.trigger) add('backupChangeTrigger', current.trigger, next.trigger);
  if (next.openDelayMs !== current.openDelayMs)
    add('backupChangeDelay', String(current.openDelayMs), String(next.openDelayMs));
  for (const kind of KINDS) {
    const [a, b] = [current.looks[kind], next.looks[kind]];
    if (a.on !== b.on)
      out.push({ key: b.on ? 'backupChangeKindOn' : 'backupChangeKindOff', args: [], kind });
    else if (!same(a, b)) out.push({ key: 'backupChangeKindLook', args: [], kind });
  }
  if (next.density !== current.density) add('backupChangeDensity', current.density, next.density);
  if (next.siteDefault !== current.siteDefault)
    add('backupChangeSiteDefault', current.siteDefault, next.siteDefault);
  const rules = countDiff(current.siteRules, next.siteRules, (r) => r.pattern);
  if (rules.added) add('backupChangeRulesAdded', String(rules.added));
  if (rules.removed) add('backupChangeRulesRemoved', String(rules.removed));
  if (rules.changed) add('backupChangeRulesChanged', String(rules.changed));
  const before = new Map(current.watchLists.map((l) => [l.id, l]));
  const after = new Map(next.watchLists.map((l) => [l.id, l]));
  for (const [id, list] of after) {
    const old = before.get(id);
    if (!old) add('backupChangeListAdded', list.name);
    else if (!same(old, list)) add('backupChangeListChanged', list.name);
  }
  for (const [id, list] of before) if (!after.has(id)) add('backupChangeListRemoved', list.name);
  const mutes = countDiff(allMutes(current), allMutes(next), (k) => k);
  if (mutes.added) add('backupChangeMutesAdded', String(mutes.added));
  if (mutes.removed) add('backupChangeMutesRemoved', String(mutes.removed));
  const choices = countDiff(currentChoices, plan.linkChoices, (c) => `${c.site}\u0000${c.key}`);
  if (choices.added) add('backupChangeChoicesAdded', String(choices.added));
  if (choices.removed) add('backupChangeChoicesRemoved', String(choices.removed));
  if (choices.changed) add('backupChangeChoicesChanged', String(choices.changed));
  if (out.length === 0) add('backupChangeNone');
  return out;
}

// ——— Writing, all or nothing. ———
