/**
 * What a settings import would change, as messages the settings page shows before the reader
 * merges or replaces: one line per difference, in the order of the page's sections.
 */
import type { LinkChoice } from './link-choices';
import {
  KINDS,
  type ColourPreset,
  type Density,
  type Kind,
  type LookStyle,
  type Settings,
  type SiteDefault,
  type SiteMode,
  type SiteRule,
  type Trigger,
} from './settings';
import type { ImportPlan } from './backup';

/**
 * One difference, as a message of the catalogue and the values it names. Values are kept as
 * the settings hold them (ids, numbers), never as text: the page names each one in the
 * reader's words, as its own controls do.
 */
export type BackupChange =
  | { key: 'backupChangeNone' | 'backupChangeEnabled' | 'backupChangeDisabled' }
  | { key: 'backupChangeTrigger'; from: Trigger; to: Trigger }
  | { key: 'backupChangeDelay'; from: number; to: number }
  | { key: 'backupChangeKindOn' | 'backupChangeKindOff'; kind: Kind }
  | { key: 'backupChangeKindStyle'; kind: Kind; from: LookStyle; to: LookStyle }
  | { key: 'backupChangeKindColour'; kind: Kind; from: ColourPreset; to: ColourPreset }
  | { key: 'backupChangeDensity'; from: Density; to: Density }
  | { key: 'backupChangeSiteDefault'; from: SiteDefault; to: SiteDefault }
  | { key: 'backupChangeRuleAdded' | 'backupChangeRuleRemoved'; pattern: string; mode: SiteMode }
  | { key: 'backupChangeRuleMode'; pattern: string; from: SiteMode; to: SiteMode }
  | {
      key:
        | 'backupChangeRulesAdded'
        | 'backupChangeRulesRemoved'
        | 'backupChangeRulesChanged'
        | 'backupChangeMutesAdded'
        | 'backupChangeMutesRemoved'
        | 'backupChangeChoicesAdded'
        | 'backupChangeChoicesRemoved'
        | 'backupChangeChoicesChanged';
      count: number;
    }
  | {
      key: 'backupChangeListAdded' | 'backupChangeListRemoved' | 'backupChangeListChanged';
      name: string;
    };

/**
 * Up to this many site rules added, removed or changed are listed one by one, each with its
 * mode; more are counted, so a long list of rules does not bury the other changes.
 */
export const RULE_LINES_MAX = 5;

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

/** Site rules by pattern: each added, removed or changed rule with its mode, or their counts. */
function siteRuleChanges(before: readonly SiteRule[], after: readonly SiteRule[]): BackupChange[] {
  const a = new Map(before.map((r) => [r.pattern, r.mode]));
  const b = new Map(after.map((r) => [r.pattern, r.mode]));
  const added = after.filter((r) => !a.has(r.pattern));
  const removed = before.filter((r) => !b.has(r.pattern));
  const changed = after.filter((r) => a.has(r.pattern) && a.get(r.pattern) !== r.mode);
  const out: BackupChange[] = [];
  if (added.length > RULE_LINES_MAX)
    out.push({ key: 'backupChangeRulesAdded', count: added.length });
  else
    for (const r of added)
      out.push({ key: 'backupChangeRuleAdded', pattern: r.pattern, mode: r.mode });
  if (removed.length > RULE_LINES_MAX)
    out.push({ key: 'backupChangeRulesRemoved', count: removed.length });
  else
    for (const r of removed)
      out.push({ key: 'backupChangeRuleRemoved', pattern: r.pattern, mode: r.mode });
  if (changed.length > RULE_LINES_MAX)
    out.push({ key: 'backupChangeRulesChanged', count: changed.length });
  else
    for (const r of changed)
      out.push({
        key: 'backupChangeRuleMode',
        pattern: r.pattern,
        from: a.get(r.pattern) as SiteMode,
        to: r.mode,
      });
  return out;
}

/** What an import would change, in the order the settings page shows its sections. */
export function previewImport(
  current: Settings,
  currentChoices: readonly LinkChoice[],
  plan: ImportPlan,
): BackupChange[] {
  const next = plan.settings;
  const out: BackupChange[] = [];
  const add = (change: BackupChange) => out.push(change);
  const counted = (key: Extract<BackupChange, { count: number }>['key'], count: number) => {
    if (count) add({ key, count });
  };
  if (next.enabled !== current.enabled)
    add({ key: next.enabled ? 'backupChangeEnabled' : 'backupChangeDisabled' });
  if (next.trigger !== current.trigger)
    add({ key: 'backupChangeTrigger', from: current.trigger, to: next.trigger });
  if (next.openDelayMs !== current.openDelayMs)
    add({ key: 'backupChangeDelay', from: current.openDelayMs, to: next.openDelayMs });
  for (const kind of KINDS) {
    const [a, b] = [current.looks[kind], next.looks[kind]];
    if (a.on !== b.on) add({ key: b.on ? 'backupChangeKindOn' : 'backupChangeKindOff', kind });
    if (a.style !== b.style)
      add({ key: 'backupChangeKindStyle', kind, from: a.style, to: b.style });
    if (a.colour !== b.colour)
      add({ key: 'backupChangeKindColour', kind, from: a.colour, to: b.colour });
  }
  if (next.density !== current.density)
    add({ key: 'backupChangeDensity', from: current.density, to: next.density });
  if (next.siteDefault !== current.siteDefault)
    add({ key: 'backupChangeSiteDefault', from: current.siteDefault, to: next.siteDefault });
  siteRuleChanges(current.siteRules, next.siteRules).forEach(add);
  const before = new Map(current.watchLists.map((l) => [l.id, l]));
  const after = new Map(next.watchLists.map((l) => [l.id, l]));
  for (const [id, list] of after) {
    const old = before.get(id);
    if (!old) add({ key: 'backupChangeListAdded', name: list.name });
    else if (!same(old, list)) add({ key: 'backupChangeListChanged', name: list.name });
  }
  for (const [id, list] of before)
    if (!after.has(id)) add({ key: 'backupChangeListRemoved', name: list.name });
  const mutes = countDiff(allMutes(current), allMutes(next), (k) => k);
  counted('backupChangeMutesAdded', mutes.added);
  counted('backupChangeMutesRemoved', mutes.removed);
  const choices = countDiff(currentChoices, plan.linkChoices, (c) => `${c.site}\u0000${c.key}`);
  counted('backupChangeChoicesAdded', choices.added);
  counted('backupChangeChoicesRemoved', choices.removed);
  counted('backupChangeChoicesChanged', choices.changed);
  if (out.length === 0) add({ key: 'backupChangeNone' });
  return out;
}
