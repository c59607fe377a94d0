/** The `::highlight()` style sheet made from the reader's looks and watch lists. */
import { describe, expect, it } from 'vitest';
import { highlightCss, lookDeclarations } from '../../lib/rules/looks';
import { DEFAULT_LOOKS, DEFAULT_SETTINGS, type WatchList } from '../../lib/rules/settings';

const list = (id: string, on: boolean): WatchList => ({
  id,
  name: `List ${id}`,
  on,
  colour: 'rose',
  style: 'outline',
  terms: ['Umerov'],
  wholeWord: true,
  matchCase: false,
  matchAccents: false,
  sync: true,
});

/** Highlight name → its declarations, read back from the CSS text. */
function rules(css: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of css.matchAll(/::highlight\(([a-z0-9-]+)\) \{ ([^}]*) \}/g)) out[m[1]] = m[2];
  return out;
}

describe('highlightCss', () => {
  it('gives the four types and the keyboard focus a rule each by default', () => {
    const css = highlightCss(DEFAULT_SETTINGS);
    expect(Object.keys(rules(css))).toEqual([
      'backstory-person',
      'backstory-place',
      'backstory-org',
      'backstory-figure',
      'backstory-focus',
    ]);
    // One rule per line and nothing else: the sheet holds these rules only.
    expect(css.trim().split('\n')).toHaveLength(5);
  });

  it('writes each type in its own style and colour', () => {
    const css = highlightCss({
      ...DEFAULT_SETTINGS,
      looks: {
        ...DEFAULT_LOOKS,
        person: { on: true, style: 'outline', colour: 'teal' },
        place: { on: true, style: 'dotted', colour: 'rose' },
        org: { on: true, style: 'underline', colour: 'slate' },
      },
    });
    const r = rules(css);
    expect(r['backstory-person']).toMatch(/^text-decoration: underline overline solid 2px rgb\(/);
    expect(r['backstory-person']).not.toContain('background-color');
    expect(r['backstory-place']).toMatch(/^text-decoration: underline dotted 2px rgb\(/);
    expect(r['backstory-org']).toMatch(/^text-decoration: underline solid 2px rgb\(/);
    expect(r['backstory-figure']).toMatch(/^background-color: rgba\(.*text-decoration: underline/);
    // Different presets, different colours.
    const colourOf = (d: string) => d.match(/rgb\([^)]*\)/)?.[0];
    expect(
      new Set([r['backstory-person'], r['backstory-place'], r['backstory-org']].map(colourOf)).size,
    ).toBe(3);
  });

  it('keeps types apart without colour in the tint style: each has its own line', () => {
    const lines = (['person', 'place', 'org', 'figure'] as const).map(
      (kind) =>
        lookDeclarations({ style: 'tint', colour: 'amber' }, kind)['text-decoration'].split(' ')[1],
    );
    expect(new Set(lines).size).toBe(4);
  });

  it('leaves out a type turned off', () => {
    const css = highlightCss({
      ...DEFAULT_SETTINGS,
      looks: { ...DEFAULT_LOOKS, figure: { ...DEFAULT_LOOKS.figure, on: false } },
    });
    expect(Object.keys(rules(css))).not.toContain('backstory-figure');
    expect(Object.keys(rules(css))).toContain('backstory-person');
  });

  it('adds one rule per watch list that is on, under its own highlight name', () => {
    const css = highlightCss({
      ...DEFAULT_SETTINGS,
      watchLists: [list('ukraine-talks', true), list('paused', false), list('a2', true)],
    });
    const r = rules(css);
    expect(Object.keys(r)).toEqual([
      'backstory-person',
      'backstory-place',
      'backstory-org',
      'backstory-figure',
      'backstory-watch-ukraine-talks',
      'backstory-watch-a2',
      'backstory-focus',
    ]);
    expect(r['backstory-watch-a2']).toBe(
      Object.entries(lookDeclarations({ style: 'outline', colour: 'rose' }))
        .map(([p, v]) => `${p}: ${v};`)
        .join(' '),
    );
  });
});
