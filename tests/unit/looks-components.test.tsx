// @vitest-environment happy-dom
/**
 * The looks section of the settings page and the popup's legend: every control has a name,
 * every string comes from the catalogue, a change saves the section's own choice, and the
 * legend shows what is highlighted.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupLegend } from '../../components/PopupLegend';
import { LooksSection, type LooksChoice } from '../../components/settings/LooksSection';
import { sampleMentions } from '../../components/settings/LooksPreview';
import { t } from '../../lib/i18n/strings';
import {
  DEFAULT_LOOKS,
  DEFAULT_SETTINGS,
  type Settings,
  type WatchList,
} from '../../lib/rules/settings';
import { literalsIn } from './catalogue-literals';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

async function shown(view: preact.ComponentChild): Promise<HTMLElement> {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(view, root));
  return root;
}

/** The accessible name of a form control: its aria-label, else its label's text. */
const nameOf = (control: Element) =>
  control.getAttribute('aria-label') ?? control.closest('label')?.textContent?.trim() ?? '';

const list: WatchList = {
  id: 'talks',
  name: 'Qtalks list',
  on: true,
  colour: 'rose',
  style: 'outline',
  terms: ['Umerov'],
  wholeWord: true,
  matchCase: false,
  matchAccents: false,
  sync: true,
};

describe('LooksSection', () => {
  it('names every control, and saves what the reader changes', async () => {
    const saved: LooksChoice[] = [];
    await shown(
      <LooksSection
        initial={DEFAULT_SETTINGS}
        save={async (choice) => (saved.push(choice), { synced: true })}
      />,
    );
    const controls = [...root.querySelectorAll('input, select')];
    expect(controls).toHaveLength(4 * 3 + 2);
    const names = controls.map(nameOf);
    expect(names.every((n) => n.length > 0)).toBe(true);
    // Unique names: each control can be found by its name alone.
    expect(new Set(names).size).toBe(names.length);
    expect(names.slice(0, 3)).toEqual(['People', 'Style of People', 'Colour of People']);
    // The kinds' labels are messages substituted into others ("Style of People"): given as data.
    const kinds = ['looksKindPerson', 'looksKindPlace', 'looksKindOrg', 'looksKindFigure'] as const;
    expect(
      literalsIn(
        root,
        kinds.map((k) => t(k)),
      ),
    ).toEqual([]);

    const figures = controls.find((c) => nameOf(c) === 'Figures') as HTMLInputElement;
    await act(() => figures.click());
    expect(saved.at(-1)?.looks.figure.on).toBe(false);
    expect(saved.at(-1)?.looks.person).toEqual(DEFAULT_LOOKS.person);
    expect(saved.at(-1)?.density).toBe('every');
    // Its pickers wait until the type is on again.
    const figureStyle = controls.find((c) => nameOf(c) === 'Style of Figures') as HTMLSelectElement;
    expect(figureStyle.disabled).toBe(true);

    const colour = controls.find((c) => nameOf(c) === 'Colour of Places') as HTMLSelectElement;
    colour.value = 'orange';
    await act(() => void colour.dispatchEvent(new Event('change', { bubbles: true })));
    expect(saved.at(-1)?.looks.place).toEqual({ ...DEFAULT_LOOKS.place, colour: 'orange' });
    expect(saved.at(-1)?.looks.figure.on).toBe(false);

    const first = controls.find(
      (c) => (c as HTMLInputElement).value === 'first',
    ) as HTMLInputElement;
    await act(() => first.click());
    expect(saved.at(-1)?.density).toBe('first');
    expect(Object.keys(saved.at(-1) ?? {}).sort()).toEqual(['density', 'looks']);
  });

  it('finds each mention of the sample paragraph, the surname as a second mention', () => {
    const text = t('looksSample');
    const mentions = sampleMentions(text);
    expect(mentions.map((m) => [m.type, text.slice(m.start, m.end)])).toEqual([
      ['person', 'Ada Lindqvist'],
      ['org', 'Harbour Rail Company'],
      ['place', 'Port Ellery'],
      ['figure', '4.5%'],
      ['person', 'Lindqvist'],
    ]);
    expect(mentions[4].entityId).toBe(mentions[0].entityId);
  });
});

/** A stand-in for the Highlight API, which happy-dom lacks: what is registered, by name. */
class FakeHighlight {
  priority = 0;
  readonly ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

describe('the looks preview’s watch-list samples', () => {
  const registry = new Map<string, FakeHighlight>();
  afterEach(() => {
    registry.clear();
    vi.unstubAllGlobals();
  });

  it('paints one word per list that is on, in the list’s highlight, named by the list', async () => {
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.stubGlobal('CSS', { highlights: registry });
    const regexOnly: WatchList = {
      ...list,
      id: 'patterns',
      name: 'Patterns',
      colour: 'teal',
      style: 'dotted',
      terms: ['/\\bZ\\w+/', ''],
    };
    const off: WatchList = { ...list, id: 'quiet', name: 'Quiet list', on: false };
    const first: WatchList = { ...list, terms: ['/Ume\\w+/', '  Umerov  ', 'Zelensky'] };
    let notify: (s: Settings) => void = () => {};
    await shown(
      <LooksSection
        initial={{ ...DEFAULT_SETTINGS, watchLists: [first, off, regexOnly] }}
        save={async () => ({ synced: true })}
        subscribe={(listener) => ((notify = listener), () => {})}
      />,
    );
    const samples = () =>
      [...root.querySelectorAll('[data-watch-sample]')].map((s) => [
        s.closest('[role=group]')?.getAttribute('aria-label'),
        s.textContent?.trim(),
      ]);
    const both = (text: string) => [
      [t('looksPreviewLight'), text],
      [t('looksPreviewDark'), text],
    ];
    // The first plain term of a list; a list of patterns gets the catalogue's words.
    const expected = ['Umerov (watch list “Qtalks list”)', 'watched words (watch list “Patterns”)'];
    expect(samples().sort()).toEqual(expected.flatMap(both).sort());
    const preview = root.querySelector('.looks-preview');
    if (!preview) throw new Error('no preview');
    expect(literalsIn(preview, ['Qtalks list', 'Patterns', 'Umerov'])).toEqual([]);

    const talks = registry.get('backstory-watch-talks');
    expect(talks?.ranges.map((r) => r.toString())).toEqual(['Umerov', 'Umerov']);
    // Above the type highlights, as a page paints a list's matches.
    expect(talks?.priority).toBe(1);
    expect(registry.get('backstory-watch-patterns')?.ranges.map((r) => r.toString())).toEqual([
      'watched words',
      'watched words',
    ]);
    expect(registry.has('backstory-watch-quiet')).toBe(false);
    // The sample paragraph's own mentions are still painted where they were.
    expect(registry.get('backstory-person')?.ranges.map((r) => r.toString())).toContain(
      'Ada Lindqvist',
    );

    // A list turned off in its own section leaves the preview, and its paint goes.
    await act(() =>
      notify({ ...DEFAULT_SETTINGS, watchLists: [{ ...first, on: false }, off, regexOnly] }),
    );
    expect(samples().map(([, text]) => text)).toEqual([
      'watched words (watch list “Patterns”)',
      'watched words (watch list “Patterns”)',
    ]);
    expect(registry.has('backstory-watch-talks')).toBe(false);
    expect(registry.has('backstory-watch-patterns')).toBe(true);
  });

  it('shows no sample when no list is on', async () => {
    await shown(
      <LooksSection
        initial={{ ...DEFAULT_SETTINGS, watchLists: [{ ...list, on: false }] }}
        save={async () => ({ synced: true })}
      />,
    );
    expect(root.querySelector('[data-watch-sample]')).toBeNull();
  });
});

describe('PopupLegend', () => {
  it('lists the kinds that are on and the watch lists that are on, and names those off', async () => {
    await shown(
      <PopupLegend
        settings={{
          looks: { ...DEFAULT_LOOKS, org: { ...DEFAULT_LOOKS.org, on: false } },
          watchLists: [list, { ...list, id: 'off', name: 'Qoff list', on: false }],
        }}
      />,
    );
    const items = [...root.querySelectorAll('[data-legend]')].map((e) => [
      e.getAttribute('data-legend'),
      e.textContent,
    ]);
    expect(items).toEqual([
      ['person', 'Aa People'],
      ['place', 'Aa Places'],
      ['figure', 'Aa Figures'],
      ['watch-talks', 'Aa Watch list: Qtalks list'],
      ['off', 'Not highlighted: Organisations'],
    ]);
    const swatch = root.querySelector<HTMLElement>('[data-legend=watch-talks] .swatch');
    expect(swatch?.style.textDecoration).toContain('overline');
    expect(literalsIn(root, ['Qtalks list'])).toEqual([]);
  });
});
