import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  BACKUP_MAX_CHARS,
  BACKUP_SCHEMA_VERSION,
  commitImport,
  exportBackup,
  planImport,
  readBackup,
  type Backup,
} from '../../lib/rules/backup';
import { previewImport } from '../../lib/rules/backup-preview';
import type { LinkChoice } from '../../lib/rules/link-choices';
import {
  DEFAULT_SETTINGS,
  SETTINGS_LIMITS,
  type Settings,
  type WatchList,
} from '../../lib/rules/settings';

const list = (id: string, extra: Partial<WatchList> = {}): WatchList => ({
  id,
  name: `List ${id}`,
  on: true,
  colour: 'rose',
  style: 'outline',
  terms: ['Umerov'],
  wholeWord: true,
  matchCase: false,
  matchAccents: false,
  sync: true,
  ...extra,
});

const mine: Settings = {
  ...DEFAULT_SETTINGS,
  trigger: 'click',
  openDelayMs: 600,
  looks: { ...DEFAULT_SETTINGS.looks, figure: { on: false, style: 'dotted', colour: 'teal' } },
  siteRules: [{ pattern: '*.example.com', mode: 'names' }],
  watchLists: [list('ukraine', { name: 'Ukraine' })],
  mutedEntities: ['starter:a', 'name:details awaited'],
  mutedOnSites: { 'news.example': ['figure:3 million'] },
};
const choices: LinkChoice[] = [
  {
    site: 'news.example',
    key: 'paris',
    target: { id: 'starter:paris', type: 'place', name: 'Paris' },
  },
];

const fileOf = (settings: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    exportedAt: '2026-01-01T00:00:00.000Z',
    settings,
    linkChoices: [],
    ...extra,
  });

describe('backup export and import', () => {
  it('round-trips: an exported file reads back as the same settings and choices', () => {
    const text = exportBackup(mine, choices, new Date('2026-02-03T04:05:06Z'));
    const r = readBackup(text);
    expect(r).toMatchObject({ ok: true, migratedFrom: null });
    if (!r.ok) throw new Error('refused');
    expect(r.backup.settings).toEqual(mine);
    expect(r.backup.linkChoices).toEqual(choices);
    expect(r.backup.exportedAt).toBe('2026-02-03T04:05:06.000Z');
    const replaced = planImport(DEFAULT_SETTINGS, [], r.backup, 'replace');
    expect(replaced).toEqual({ ok: true, plan: { settings: mine, linkChoices: choices } });
  });

  const huge = <T>(n: number, make: (i: number) => T): T[] =>
    Array.from({ length: n }, (_, i) => make(i));
  const hostile: [string, string, string, string][] = [
    ['not JSON', '{"format": "backstory-settings",', 'backupErrNotJson', ''],
    ['a list, not an object', '[1, 2]', 'backupErrNotObject', ''],
    ['over the size cap', ' '.repeat(BACKUP_MAX_CHARS + 1), 'backupErrTooLarge', ''],
    ['wrong format id', fileOf(mine, { format: 'other-extension' }), 'backupErrFormat', 'format'],
    [
      'future schemaVersion',
      fileOf(mine, { schemaVersion: 99 }),
      'backupErrFutureVersion',
      'schemaVersion',
    ],
    [
      'schemaVersion not a number',
      fileOf(mine, { schemaVersion: '2' }),
      'backupErrVersion',
      'schemaVersion',
    ],
    ['unknown top-level key', fileOf(mine, { extra: 1 }), 'backupErrUnknownKey', 'extra'],
    [
      'unknown settings key',
      fileOf({ ...mine, colourful: true }),
      'backupErrUnknownKey',
      'settings.colourful',
    ],
    [
      'unknown key in a watch list',
      fileOf({ ...mine, watchLists: [{ ...list('a'), evil: 1 }] }),
      'backupErrUnknownKey',
      'settings.watchLists[0].evil',
    ],
    [
      '__proto__ in the settings',
      fileOf(mine).replace('"enabled"', '"__proto__": {"enabled": false}, "enabled"'),
      'backupErrForbiddenKey',
      'settings',
    ],
    [
      '__proto__ as a site of mutes',
      fileOf({ ...mine, mutedOnSites: JSON.parse('{"__proto__": ["x"]}') as unknown }),
      'backupErrForbiddenKey',
      'settings.mutedOnSites',
    ],
    [
      'constructor deep in a list',
      fileOf({ ...mine, siteRules: [{ pattern: 'a.com', mode: 'all', constructor: 1 }] }),
      'backupErrForbiddenKey',
      'settings.siteRules[0]',
    ],
    [
      'wrong type: enabled as text',
      fileOf({ ...mine, enabled: 'yes' }),
      'backupErrWrongType',
      'settings.enabled',
    ],
    [
      'wrong type: unknown trigger',
      fileOf({ ...mine, trigger: 'telepathy' }),
      'backupErrWrongType',
      'settings.trigger',
    ],
    [
      'delay out of range',
      fileOf({ ...mine, openDelayMs: 1e9 }),
      'backupErrOutOfRange',
      'settings.openDelayMs',
    ],
    [
      'a missing field',
      fileOf({ ...mine, density: undefined }),
      'backupErrMissing',
      'settings.density',
    ],
    [
      'too many muted names',
      fileOf({ ...mine, mutedEntities: huge(SETTINGS_LIMITS.mutedEntities + 1, (i) => `k${i}`) }),
      'backupErrTooMany',
      'settings.mutedEntities',
    ],
    [
      'too many site rules',
      fileOf({
        ...mine,
        siteRules: huge(SETTINGS_LIMITS.siteRules + 1, (i) => ({
          pattern: `s${i}.com`,
          mode: 'all',
        })),
      }),
      'backupErrTooMany',
      'settings.siteRules',
    ],
    [
      'too many terms in a list',
      fileOf({
        ...mine,
        watchLists: [list('a', { terms: huge(SETTINGS_LIMITS.termsPerList + 1, String) })],
      }),
      'backupErrTooMany',
      'settings.watchLists[0].terms',
    ],
    [
      'too many sites of mutes',
      fileOf({
        ...mine,
        mutedOnSites: Object.fromEntries(
          huge(SETTINGS_LIMITS.sites + 1, (i) => [`s${i}.com`, ['k']] as const),
        ),
      }),
      'backupErrTooMany',
      'settings.mutedOnSites',
    ],
    [
      'two watch lists with one id',
      fileOf({ ...mine, watchLists: [list('a'), list('a')] }),
      'backupErrDuplicate',
      'settings.watchLists',
    ],
    [
      'a link choice of the wrong type',
      fileOf(mine, {
        linkChoices: [{ site: 'a.com', key: 'x', target: { id: 'i', type: 'figure', name: 'n' } }],
      }),
      'backupErrWrongType',
      'linkChoices[0].target.type',
    ],
    [
      'deeply nested junk',
      fileOf(mine, { settings: JSON.parse('['.repeat(40) + ']'.repeat(40)) as unknown }),
      'backupErrTooDeep',
      `settings${'[0]'.repeat(12)}`,
    ],
  ];
  it.each(hostile)('refuses %s, naming what is wrong', (_name, text, key, path) => {
    expect(readBackup(text)).toMatchObject({ ok: false, problem: { key, path } });
  });

  it('migrates a version 1 file: its settings kept, the newer ones at their defaults', () => {
    const v1 = {
      format: BACKUP_FORMAT,
      schemaVersion: 1,
      exportedAt: '2025-06-01T00:00:00.000Z',
      settings: {
        enabled: false,
        trigger: 'hover-modifier',
        openDelayMs: 900,
        mutedEntities: ['starter:x'],
        mutedOnSites: { 'a.com': ['starter:y'] },
      },
    };
    const r = readBackup(JSON.stringify(v1));
    expect(r).toMatchObject({ ok: true, migratedFrom: 1 });
    if (!r.ok) throw new Error('refused');
    expect(r.backup.settings).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
      trigger: 'hover-modifier',
      openDelayMs: 900,
      mutedEntities: ['starter:x'],
      mutedOnSites: { 'a.com': ['starter:y'] },
    });
    expect(r.backup.linkChoices).toEqual([]);
  });

  it('refuses a version 1 file with fields version 1 did not have', () => {
    const r = readBackup(fileOf(DEFAULT_SETTINGS, { schemaVersion: 1 }));
    expect(r).toMatchObject({
      ok: false,
      problem: { key: 'backupErrUnknownKey', path: 'settings.looks' },
    });
  });

  const backupOf = (settings: Settings, linkChoices: LinkChoice[] = []): Backup => ({
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    exportedAt: '',
    settings,
    linkChoices,
  });

  it('merges: the file wins single settings, lists and rules combine, mutes union', () => {
    const file: Settings = {
      ...DEFAULT_SETTINGS,
      trigger: 'hover',
      siteRules: [
        { pattern: '*.example.com', mode: 'off' },
        { pattern: 'other.org', mode: 'all' },
      ],
      watchLists: [list('ukraine', { name: 'Ukraine', terms: ['Kyiv'] }), list('gaza')],
      mutedEntities: ['starter:a', 'starter:b'],
      mutedOnSites: { 'news.example': ['starter:c'], 'b.com': ['starter:d'] },
    };
    const other: LinkChoice = { site: 'b.com', key: 'x', target: null };
    const r = planImport(mine, choices, backupOf(file, [other]), 'merge');
    if (!r.ok) throw new Error('refused');
    const s = r.plan.settings;
    expect(s.trigger).toBe('hover');
    expect(s.looks).toEqual(DEFAULT_SETTINGS.looks);
    expect(s.siteRules).toEqual([
      { pattern: '*.example.com', mode: 'off' },
      { pattern: 'other.org', mode: 'all' },
    ]);
    expect(s.watchLists.map((l) => [l.id, l.terms])).toEqual([
      ['ukraine', ['Umerov', 'Kyiv']],
      ['gaza', ['Umerov']],
    ]);
    expect(s.mutedEntities).toEqual(['starter:a', 'name:details awaited', 'starter:b']);
    expect(s.mutedOnSites).toEqual({
      'news.example': ['figure:3 million', 'starter:c'],
      'b.com': ['starter:d'],
    });
    expect(r.plan.linkChoices).toEqual([...choices, other]);
  });

  it('replaces: the file whole, nothing of the current settings kept', () => {
    const file = { ...DEFAULT_SETTINGS, mutedEntities: ['starter:z'] };
    const r = planImport(mine, choices, backupOf(file), 'replace');
    expect(r).toEqual({ ok: true, plan: { settings: file, linkChoices: [] } });
  });

  it('refuses a merge that would pass a cap instead of dropping anything', () => {
    const many = (p: string) =>
      Array.from({ length: SETTINGS_LIMITS.mutedEntities }, (_, i) => `${p}${i}`);
    const r = planImport(
      { ...mine, mutedEntities: many('a') },
      [],
      backupOf({ ...DEFAULT_SETTINGS, mutedEntities: many('b') }),
      'merge',
    );
    expect(r).toMatchObject({
      ok: false,
      problem: { key: 'backupErrMergeTooMany', path: 'settings.mutedEntities' },
    });
  });

  it('previews the differences in words a reader can check', () => {
    const file: Settings = {
      ...mine,
      enabled: false,
      looks: {
        ...mine.looks,
        figure: { ...mine.looks.figure, on: true },
        person: { on: false, style: 'tint', colour: 'amber' },
      },
      siteRules: [
        { pattern: 'a.com', mode: 'all' },
        { pattern: 'b.com', mode: 'off' },
      ],
      watchLists: [list('gaza', { name: 'Gaza' })],
      mutedEntities: ['starter:a'],
    };
    const r = planImport(mine, choices, backupOf(file), 'replace');
    if (!r.ok) throw new Error('refused');
    expect(previewImport(mine, choices, r.plan)).toEqual([
      { key: 'backupChangeDisabled' },
      { key: 'backupChangeKindOff', kind: 'person' },
      { key: 'backupChangeKindOn', kind: 'figure' },
      { key: 'backupChangeRuleAdded', pattern: 'a.com', mode: 'all' },
      { key: 'backupChangeRuleAdded', pattern: 'b.com', mode: 'off' },
      { key: 'backupChangeRuleRemoved', pattern: '*.example.com', mode: 'names' },
      { key: 'backupChangeListAdded', name: 'Gaza' },
      { key: 'backupChangeListRemoved', name: 'Ukraine' },
      { key: 'backupChangeMutesRemoved', count: 1 },
      { key: 'backupChangeChoicesRemoved', count: 1 },
    ]);
    expect(previewImport(mine, choices, { settings: mine, linkChoices: choices })).toEqual([
      { key: 'backupChangeNone' },
    ]);
  });

  it('writes all or nothing: a failed second write puts the settings back', async () => {
    const written: Settings[] = [];
    const plan = { settings: { ...mine, enabled: false }, linkChoices: [] };
    await expect(
      commitImport(plan, mine, {
        saveSettings: async (s) => void written.push(s),
        saveLinkChoices: async () => {
          throw new Error('quota');
        },
      }),
    ).rejects.toThrow('quota');
    expect(written).toEqual([plan.settings, mine]);
    const ok: unknown[] = [];
    await commitImport(plan, mine, {
      saveSettings: async (s) => void ok.push(s),
      saveLinkChoices: async (c) => void ok.push(c),
    });
    expect(ok).toEqual([plan.settings, []]);
  });
});
