// @vitest-environment happy-dom
/**
 * The import preview in the reader's words: every value it names (what opens a card, a type's
 * style and colour, the density, the default for other sites, a site rule's mode) is the
 * settings page's own label for it, never the id the settings store.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { BackupSection, type BackupActions } from '../../components/settings/BackupSection';
import { backupChangeText } from '../../components/settings/backup-change-text';
import {
  COLOUR_LABEL_KEYS,
  DENSITY_LABEL_KEYS,
  KIND_LABEL_KEYS,
  STYLE_LABEL_KEYS,
} from '../../components/look-labels';
import { siteDefaultOption, siteModeOption } from '../../components/site-mode-labels';
import { TRIGGER_LABEL_KEYS } from '../../components/trigger-labels';
import { t } from '../../lib/i18n/strings';
import { exportBackup } from '../../lib/rules/backup';
import { RULE_LINES_MAX, type BackupChange } from '../../lib/rules/backup-preview';
import {
  COLOUR_PRESETS,
  DENSITIES,
  DEFAULT_SETTINGS,
  KINDS,
  LOOK_STYLES,
  SITE_DEFAULTS,
  SITE_MODES,
  TRIGGERS,
  type Settings,
} from '../../lib/rules/settings';

const NOW = new Date('2026-01-01T00:00:00Z');

const mine: Settings = {
  ...DEFAULT_SETTINGS,
  trigger: 'click',
  openDelayMs: 600,
  siteRules: [
    { pattern: '*.example.com', mode: 'names' },
    { pattern: 'old.example', mode: 'all' },
  ],
};

const file: Settings = {
  ...mine,
  trigger: 'hover-modifier',
  openDelayMs: 1200,
  looks: {
    ...mine.looks,
    person: { on: true, style: 'dotted', colour: 'rose' },
    figure: { on: false, style: 'outline', colour: 'green' },
  },
  density: 'first',
  siteDefault: 'off',
  siteRules: [
    { pattern: '*.example.com', mode: 'watch' },
    { pattern: 'news.example', mode: 'figures' },
  ],
};

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

/** The settings page's backup section, with `text` chosen as the file to import. */
async function previewOf(current: Settings, text: string) {
  const actions: BackupActions = {
    current: async () => ({ settings: current, linkChoices: [] }),
    commit: async () => {},
    exportText: async () => '',
    download: () => {},
    usage: async () => ({ bytes: 0, quota: 102_400, keptLocal: [], settingsTooLarge: false }),
    subscribe: () => () => {},
  };
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<BackupSection actions={actions} />, root));
  const input = root.querySelector<HTMLInputElement>('input[type=file]');
  if (!input) throw new Error('no file field');
  Object.defineProperty(input, 'files', { value: [new File([text], 'backup.json')] });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
  });
  await act(async () => {});
  const section = (heading: string) =>
    [...root.querySelectorAll(`section[aria-label="${heading}"] li`)].map((li) => li.textContent);
  return { merged: section(t('backupIfMerged')), replaced: section(t('backupIfReplaced')) };
}

describe('the import preview', () => {
  it('names every changed value as the settings page does', async () => {
    const { merged, replaced } = await previewOf(mine, exportBackup(file, [], NOW));
    expect(replaced).toEqual([
      'What opens a card: When a name is clicked → When the pointer rests on a name while Alt is held',
      'Delay before a card opens: 600 → 1,200 ms',
      'People, style: Tint → Dotted underline',
      'People, colour: Amber → Rose',
      'Figures turned off',
      'Figures, style: Tint → Lines above and below',
      'How often a name is highlighted: Every mention → First mention of each name only (next and previous still reach the rest)',
      'Sites without a rule: All sites → Off: only where I turn it on',
      'Site rule added: news.example, Figures only',
      'Site rule removed: old.example, All highlights',
      'Site rule *.example.com: Names only → Watch lists only',
    ]);
    // A merge keeps the rules the file does not have.
    expect(merged).toContain('Site rule added: news.example, Figures only');
    expect(merged).not.toContain('Site rule removed: old.example, All highlights');
  });

  it('counts site rules past the few it lists one by one', async () => {
    const many = Array.from({ length: RULE_LINES_MAX + 1 }, (_, i) => ({
      pattern: `site${i}.example`,
      mode: 'off' as const,
    }));
    const { replaced } = await previewOf(mine, exportBackup({ ...mine, siteRules: many }, [], NOW));
    expect(replaced).toEqual([
      `Site rules added: ${RULE_LINES_MAX + 1}`,
      'Site rule removed: *.example.com, Names only',
      'Site rule removed: old.example, All highlights',
    ]);
  });

  it('says so when a file would change nothing', async () => {
    const { merged, replaced } = await previewOf(mine, exportBackup(mine, [], NOW));
    expect(merged).toEqual(['Nothing would change.']);
    expect(replaced).toEqual(['Nothing would change.']);
  });
});

/** Each value of `values` changed to the next one, as the line of `change` shows it. */
function eachChange<T>(values: readonly T[], change: (from: T, to: T) => BackupChange) {
  return values.map((from, i) => {
    const to = values[(i + 1) % values.length];
    return { from, to, text: backupChangeText(change(from, to)) };
  });
}

/** "…: FROM → TO": each value as its label, and never the id the settings store. */
function expectValues<T extends string>(
  lines: { from: T; to: T; text: string }[],
  label: (value: T) => string,
) {
  for (const { from, to, text } of lines) {
    const [before, after] = text.split(' → ');
    expect(before.endsWith(`: ${label(from)}`), text).toBe(true);
    expect(after, text).toBe(label(to));
    for (const id of [from, to]) if (label(id) !== id) expect(text, text).not.toContain(`: ${id}`);
  }
}

describe('each value of each choice in the preview', () => {
  it('what opens a card', () => {
    expectValues(
      eachChange(TRIGGERS, (from, to) => ({ key: 'backupChangeTrigger', from, to })),
      (v) => t(TRIGGER_LABEL_KEYS[v]),
    );
  });

  it('a type’s style and colour, and the type itself', () => {
    for (const kind of KINDS) {
      const styles = eachChange(LOOK_STYLES, (from, to) => ({
        key: 'backupChangeKindStyle',
        kind,
        from,
        to,
      }));
      expectValues(styles, (v) => t(STYLE_LABEL_KEYS[v]));
      const colours = eachChange(COLOUR_PRESETS, (from, to) => ({
        key: 'backupChangeKindColour',
        kind,
        from,
        to,
      }));
      expectValues(colours, (v) => t(COLOUR_LABEL_KEYS[v]));
      for (const { text } of [...styles, ...colours])
        expect(text.startsWith(`${t(KIND_LABEL_KEYS[kind])}, `), text).toBe(true);
      expect(backupChangeText({ key: 'backupChangeKindOff', kind })).toBe(
        `${t(KIND_LABEL_KEYS[kind])} turned off`,
      );
    }
  });

  it('the density', () => {
    expectValues(
      eachChange(DENSITIES, (from, to) => ({ key: 'backupChangeDensity', from, to })),
      (v) => t(DENSITY_LABEL_KEYS[v]),
    );
  });

  it('the default for other sites', () => {
    expectValues(
      eachChange(SITE_DEFAULTS, (from, to) => ({ key: 'backupChangeSiteDefault', from, to })),
      siteDefaultOption,
    );
  });

  it('a site rule’s mode, changed, added or removed', () => {
    const pattern = '*.example.com';
    expectValues(
      eachChange(SITE_MODES, (from, to) => ({ key: 'backupChangeRuleMode', pattern, from, to })),
      siteModeOption,
    );
    for (const mode of SITE_MODES) {
      for (const key of ['backupChangeRuleAdded', 'backupChangeRuleRemoved'] as const) {
        const text = backupChangeText({ key, pattern, mode });
        expect(text.endsWith(`: ${pattern}, ${siteModeOption(mode)}`), text).toBe(true);
      }
    }
  });
});
