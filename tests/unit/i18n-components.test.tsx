// @vitest-environment happy-dom
/**
 * Every string the popup, the settings page and the cards show comes from the message
 * catalogue: each view is rendered in each of its states with data no message contains, and
 * whatever is neither that data nor a catalogue message fails the test.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeedList, type FeedActions } from '../../components/FeedList';
import { HoverCard } from '../../components/HoverCard';
import { Notebook, type NotebookActions } from '../../components/Notebook';
import { PackList, type PackActions } from '../../components/PackList';
import { PageIndexView } from '../../components/PageIndexView';
import { PopupCounts, type PopupState } from '../../components/PopupCounts';
import { SidePanel } from '../../components/SidePanel';
import { SettingsForm } from '../../components/SettingsForm';
import { StorageUse } from '../../components/StorageUse';
import type { CardActionHandlers, CardState } from '../../lib/cards/card-state';
import { formatDate, formatDateTime, setFormatLocale } from '../../lib/cards/format';
import { panelPageState, type PanelPageState } from '../../lib/panel/page-state';
import { DEFAULT_SETTINGS } from '../../lib/rules/settings';
import type { FigureKind, Mention } from '../../lib/types/mention';
import type { Clip } from '../../lib/types/clip';
import type { FeedStatus, PackStatus } from '../../lib/types/status';
import { leftover, literalsIn } from './catalogue-literals';

// The card's buttons act on trusted input only; here the test's clicks stand for the reader's.
vi.mock('../../components/trusted-input', () => ({
  onTrusted:
    <E,>(act: (event: E) => void) =>
    (event: E) =>
      act(event),
}));

const DEC_4 = Date.UTC(2025, 11, 4, 10, 5);
const MAR_10_2016 = Date.UTC(2016, 2, 10, 8);
/** Words no message holds, for every piece of data a view is given. */
const WORDS = {
  name: 'Zorvath Quillon',
  alt: 'Quillon Vexbay',
  text: 'Quillon',
  description: 'Qavvix of Zentria (since 14 May 2017)',
  source: 'Qorpus Data',
  licence: 'QC-ZZ',
  title: 'Qexlo headline',
  outlet: 'Qexlo Times',
  counts: 'qdrone',
  qualifier: 'qmore',
  sentence: 'Qentence with qdrone.',
  role: 'Qrole of Zentria',
  feed: 'Qexlo Wire',
  error: 'Qerror from the qbackground',
  pack: 'qpack',
  packTitle: 'Qpack of Zentria',
  problem: 'qproblem',
  filler: 'qzx',
  watchList: 'Qwatch list',
  watchTerm: 'qterm',
  watchPattern: '/qpat\\w+/',
  site: 'qsite.example',
};
const URLS = ['https://qexlo.example/a', 'https://qorpus.example/', 'https://qexlo.example/rss'];
const DATA = [
  ...Object.values(WORDS),
  ...URLS,
  ...[DEC_4, MAR_10_2016, Date.parse('2025-12-01')].flatMap((ms) => [
    formatDate(ms),
    formatDateTime(ms),
  ]),
  '14 May 2017',
];

let root: HTMLElement;
afterEach(() => {
  if (!root) return;
  render(null, root);
  root.remove();
});

async function shown(view: preact.ComponentChild): Promise<HTMLElement> {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(view, root));
  await settle();
  return root;
}

/** Let promises the view awaits resolve, and the view render what they brought. */
const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

async function click(el: Element | null | undefined) {
  if (!el) throw new Error('nothing to click');
  await act(() => (el as HTMLElement).click());
  await settle();
}

const button = (label: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);

const mention = (over: Partial<Mention> = {}): Mention => ({
  start: 0,
  end: 7,
  type: 'person',
  text: WORDS.text,
  entityId: 'q:1',
  name: WORDS.name,
  confidence: 0.93,
  via: 'alias',
  alternatives: [{ id: 'q:2', type: 'place', name: WORDS.alt }],
  ...over,
});

const related = [
  { url: URLS[0], title: WORDS.title, outlet: WORDS.outlet, publishedAt: DEC_4 },
  { url: 'javascript:alert(1)', title: WORDS.title, outlet: WORDS.outlet, publishedAt: DEC_4 },
];

const handlers = (saved: boolean): CardActionHandlers => ({
  notThis: vi.fn(),
  never: vi.fn(),
  save: vi.fn(async () => saved),
  openNotebook: vi.fn(),
  choose: vi.fn(),
});

const entityCard = (over: { related?: typeof related; mentionCount?: number } = {}): CardState => ({
  status: 'entity',
  mention: mention(),
  card: {
    id: 'q:1',
    type: 'person',
    name: WORDS.name,
    description: WORDS.description,
    background: Array(80).fill(WORDS.filler).join(' '),
    source: { name: WORDS.source, url: URLS[1], licence: WORDS.licence },
    updatedAt: '2025-12-01',
    related: over.related ?? related,
  },
  page: { mentionCount: over.mentionCount ?? 3, publishedAt: MAR_10_2016 },
});

const figureCard = (kind: FigureKind, withElsewhere: boolean): CardState => ({
  status: 'figure',
  mention: mention({
    type: 'figure',
    via: 'figure',
    entityId: undefined,
    name: undefined,
    alternatives: undefined,
    figure: {
      kind,
      value: kind === 'date' ? DEC_4 : 20,
      valueMax: kind === 'range' ? 30 : undefined,
      counts: WORDS.counts,
      qualifier: WORDS.qualifier,
      key: `${kind}:${WORDS.counts}`,
    },
  }),
  elsewhere: withElsewhere ? [{ ...related[0], value: 25, text: `25 ${WORDS.counts}` }] : [],
  page: { mentionCount: 1, sentence: WORDS.sentence },
});

const unknownCard = (withRoles: boolean, withAlternatives: boolean): CardState => ({
  status: 'unknown',
  mention: mention({
    via: 'model',
    entityId: undefined,
    alternatives: withAlternatives ? [{ id: 'q:2', type: 'org', name: WORDS.alt }] : [],
  }),
  roles: withRoles ? [{ text: WORDS.role, source: `${WORDS.outlet}, ${formatDate(DEC_4)}` }] : [],
  related: withRoles ? related : [],
  page: { mentionCount: 1 },
});

describe('the literal check', () => {
  it('finds a string written into a view, and passes data and catalogue messages', () => {
    expect(leftover('Hello there', DATA)).toBe('Hellothere');
    expect(leftover(`Articles naming ${WORDS.name}`, DATA)).toBe('');
    expect(leftover(`Articles naming ${WORDS.name} and more`, DATA)).toBe('andmore');
    // A substitution is checked too: only data and messages may fill it.
    expect(leftover('Added “Some feed” with 3 articles.', DATA)).toContain('Somefeed');
    expect(leftover(`Could also be: ${WORDS.alt} (place), ${WORDS.name} (person).`, DATA)).toBe('');
  });
});

describe('every shown string comes from the catalogue', () => {
  it('on an entity card, folded and unfolded, with its picker open and after saving', async () => {
    for (const saved of [true, false]) {
      await shown(<HoverCard state={entityCard()} actions={handlers(saved)} />);
      expect(literalsIn(root, DATA)).toEqual([]);
      await click(button('More'));
      await click(button('Not the right one?'));
      await click(button('Save'));
      expect(root.querySelector('[data-choice]')).not.toBeNull();
      expect(literalsIn(root, DATA)).toEqual([]);
      render(null, root);
    }
    await shown(<HoverCard state={entityCard({ related: [], mentionCount: 1 })} />);
    expect(root.textContent).toContain('No related articles in your feeds yet.');
    expect(literalsIn(root, DATA)).toEqual([]);
  });

  it('on a figure card of every kind, with and without the same measure elsewhere', async () => {
    const kinds: FigureKind[] = [
      'count',
      'money',
      'percent',
      'age',
      'duration',
      'range',
      'date',
      'measure',
    ];
    for (const kind of kinds)
      for (const withElsewhere of [true, false]) {
        await shown(<HoverCard state={figureCard(kind, withElsewhere)} />);
        expect(root.textContent).toContain('Same measure elsewhere');
        expect(literalsIn(root, DATA), `${kind} ${withElsewhere}`).toEqual([]);
        render(null, root);
      }
  });

  it('on the card of a name no pack knows, and while a card loads or fails', async () => {
    for (const [roles, alternatives] of [
      [true, true],
      [false, false],
    ])
      for (const state of [
        unknownCard(roles, alternatives),
        { status: 'loading', mention: mention() } as const,
        { status: 'error', mention: mention() } as const,
      ]) {
        await shown(<HoverCard state={state} actions={handlers(true)} />);
        expect(root.querySelector('[data-backstory-card]')?.getAttribute('aria-label')).toBe(
          `Person: ${WORDS.name}`,
        );
        expect(literalsIn(root, DATA)).toEqual([]);
        render(null, root);
      }
  });

  it('on a watch card, and on a name’s card whose words are on watch lists', async () => {
    const reasons = [
      {
        listId: 'q',
        list: WORDS.watchList,
        terms: [
          { term: WORDS.watchTerm, pattern: false },
          { term: WORDS.watchPattern, pattern: true },
        ],
      },
    ];
    const site = { source: 'rule', mode: 'names', pattern: WORDS.site } as const;
    const openSettings = vi.fn();
    await shown(
      <HoverCard
        state={{ status: 'watch', watch: { text: WORDS.text, reasons, site } }}
        actions={{ openSettings }}
      />,
    );
    expect(root.querySelector('[data-field="why-watch"]')).not.toBeNull();
    expect(literalsIn(root, DATA)).toEqual([]);
    render(null, root);
    const state = entityCard();
    await shown(
      <HoverCard
        state={
          state.status === 'entity'
            ? { ...state, page: { ...state.page, site, watch: reasons } }
            : state
        }
        actions={{ ...handlers(true), openSettings }}
      />,
    );
    expect(root.querySelector('[data-action="edit-watch-lists"]')).not.toBeNull();
    expect(literalsIn(root, DATA)).toEqual([]);
  });

  it('in the popup, in each of its states', async () => {
    const counts = { person: 3, place: 1, org: 0, figure: 1_234 };
    const states: PopupState[] = [
      { status: 'loading' },
      { status: 'unavailable' },
      { status: 'ready', counts, scanned: false },
      { status: 'ready', counts, scanned: true, namesUnsupported: { language: 'fr' } },
      { status: 'ready', counts, scanned: true, namesUnsupported: {} },
      {
        status: 'ready',
        counts: { person: 0, place: 0, org: 0, figure: 0 },
        scanned: true,
        off: true,
      },
    ];
    const french = new Intl.DisplayNames(['en'], { type: 'language' }).of('fr') ?? 'fr';
    for (const state of states) {
      await shown(<PopupCounts state={state} />);
      expect(root.querySelector('h1')?.textContent).toBe('Backstory on this page');
      expect(literalsIn(root, [...DATA, french])).toEqual([]);
      render(null, root);
    }
    await shown(
      <PopupCounts state={states[2]} panel={{ open: vi.fn(), shortcut: 'Alt+Shift+L' }} />,
    );
    expect(button('Side panel')).toBeDefined();
    expect(literalsIn(root, [...DATA, 'Alt+Shift+L'])).toEqual([]);
  });

  it('in the side panel’s page index, in each of its states, filtered and chosen', async () => {
    const ready = panelPageState(
      URLS[0],
      { ok: true, scanned: true, enabled: true },
      {
        ok: true,
        truncated: true,
        pageUrl: URLS[0],
        mentions: [
          { type: 'person', text: WORDS.text, entityId: 'q:1', name: WORDS.name },
          { type: 'person', text: WORDS.alt },
          { type: 'figure', text: WORDS.counts },
          { type: 'org', text: WORDS.outlet, entityId: 'q:3', name: WORDS.outlet },
        ],
      },
    );
    const states: PanelPageState[] = [
      { status: 'loading' },
      { status: 'no-tab' },
      { status: 'unsupported' },
      { status: 'not-read' },
      { status: 'unreachable' },
      { status: 'off' },
      ready,
      { ...(ready as PanelPageState & { status: 'ready' }), scanned: false },
      panelPageState(
        URLS[0],
        { ok: true, scanned: true, enabled: true, namesUnsupported: { language: 'fr' } },
        { ok: true, truncated: false, pageUrl: URLS[0], mentions: [] },
      ),
    ];
    const french = new Intl.DisplayNames(['en'], { type: 'language' }).of('fr') ?? 'fr';
    const choose = vi.fn();
    for (const state of states) {
      await shown(
        <PageIndexView
          state={state}
          choose={choose}
          refresh={vi.fn()}
          notice={`${WORDS.name}: mention 1 of 3 on the page.`}
        />,
      );
      expect(root.querySelector('p')?.textContent).not.toBe('');
      expect(literalsIn(root, [...DATA, french])).toEqual([]);
      render(null, root);
    }
    await shown(<PageIndexView state={ready} choose={choose} refresh={vi.fn()} />);
    const filter = root.querySelector<HTMLInputElement>('[data-field=filter]');
    if (!filter) throw new Error('no filter');
    expect(filter.closest('label')?.textContent).toBe('Filter names and figures');
    filter.value = WORDS.filler;
    await act(() => void filter.dispatchEvent(new Event('input', { bubbles: true })));
    expect(root.querySelector('[data-field=no-match]')?.textContent).toContain(WORDS.filler);
    expect(literalsIn(root, DATA)).toEqual([]);
    filter.value = 'QUILLON';
    await act(() => void filter.dispatchEvent(new Event('input', { bubbles: true })));
    expect(
      [...root.querySelectorAll('[data-item]')].map((b) => b.getAttribute('data-item')),
    ).toEqual([WORDS.name, WORDS.alt]);
    await click(root.querySelector(`[data-item="${WORDS.alt}"]`));
    expect(choose).toHaveBeenCalledWith(
      expect.objectContaining({ label: WORDS.alt, known: false }),
    );
    expect(literalsIn(root, DATA)).toEqual([]);
  });

  it('in the side panel’s sections', async () => {
    const notebook: NotebookActions = {
      list: async () => [],
      update: async () => 'no',
      remove: async () => 0,
      copy: async () => undefined,
      download: () => undefined,
    };
    await shown(<SidePanel tab={null} revision={0} notebook={notebook} />);
    expect([...root.querySelectorAll('[role=tab]')].map((b) => b.textContent)).toEqual([
      'This page',
      'Related',
      'Notebook',
    ]);
    expect(literalsIn(root, DATA)).toEqual([]);
    await click(button('Notebook'));
    expect(root.querySelector('[role=tab][aria-selected=true]')?.textContent).toBe('Notebook');
    expect(literalsIn(root, DATA)).toEqual([]);
  });

  it('on the settings form, with its messages', async () => {
    const settings = { ...DEFAULT_SETTINGS, mutedEntities: ['q:1'] };
    for (const synced of [true, false]) {
      await shown(<SettingsForm initial={settings} save={async () => ({ synced })} />);
      expect(literalsIn(root, DATA)).toEqual([]);
      await click(root.querySelector('input[type=checkbox]'));
      expect(root.querySelector('[role=status]')?.textContent).not.toBe('');
      expect(literalsIn(root, DATA)).toEqual([]);
      const delay = root.querySelector<HTMLInputElement>('input[type=number]');
      if (!delay) throw new Error('no delay field');
      delay.value = '99999';
      await act(() => void delay.dispatchEvent(new Event('change', { bubbles: true })));
      expect(root.querySelector('[role=status]')?.textContent).toMatch(/between/);
      expect(literalsIn(root, DATA)).toEqual([]);
      await click(button('Clear muted names'));
      expect(root.textContent).toContain('No muted names.');
      expect(literalsIn(root, DATA)).toEqual([]);
      render(null, root);
    }
  });

  it('on the feed list, and what adding a feed says', async () => {
    const feeds: FeedStatus[] = [
      {
        id: 'f1',
        url: URLS[2],
        title: WORDS.feed,
        itemCount: 1,
        lastSyncAt: DEC_4,
        nextSyncAt: DEC_4,
        lastError: WORDS.error,
        origin: 'user',
        intervalMinutes: 180,
      },
      {
        id: 'f2',
        url: 'bundled:/feeds/sample.xml',
        title: WORDS.feed,
        itemCount: 20,
        origin: 'bundled',
      },
      { id: 'f3', url: URLS[0], title: WORDS.feed, itemCount: 0, origin: 'user' },
    ];
    for (const added of [feeds[0], { ...feeds[0], lastError: undefined }, WORDS.error]) {
      const actions: FeedActions = {
        list: async () => feeds,
        add: async () => added,
        sync: async () => feeds[0],
        remove: async () => true,
        setInterval: async () => feeds[0],
      };
      await shown(<FeedList actions={actions} />);
      expect(root.querySelectorAll('li')).toHaveLength(3);
      expect(literalsIn(root, DATA)).toEqual([]);
      await act(() => void root.querySelector('form')?.dispatchEvent(new Event('submit')));
      await settle();
      expect(root.querySelector('[role=status]')?.textContent).not.toBe('');
      expect(literalsIn(root, DATA)).toEqual([]);
      render(null, root);
    }
  });

  it('on the pack list, and what importing a pack says', async () => {
    const packs: PackStatus[] = [
      {
        id: WORDS.pack,
        title: WORDS.packTitle,
        version: 2,
        entityCount: 16_000,
        skipped: 0,
        importedAt: DEC_4,
      },
      {
        id: WORDS.pack,
        title: WORDS.packTitle,
        version: 1,
        entityCount: 1,
        skipped: 0,
        importedAt: DEC_4,
        url: URLS[0],
      },
    ];
    const results = [
      { ok: true, packId: WORDS.pack, version: 2, imported: 1, skipped: 0 },
      { ok: true, packId: WORDS.pack, version: 2, imported: 16_000, skipped: 0 },
      {
        ok: true,
        packId: WORDS.pack,
        version: 2,
        imported: 3,
        skipped: 2,
        firstProblem: WORDS.problem,
      },
      { ok: true, packId: WORDS.pack, version: 2, imported: 0, skipped: 0, unchanged: true },
      { ok: false, error: WORDS.error },
      WORDS.error,
    ] as unknown as Awaited<ReturnType<PackActions['addUrl']>>[];
    for (const result of results) {
      const actions: PackActions = {
        list: async () => packs,
        importText: async () => result,
        addUrl: async () => result,
        remove: async () => true,
        progress: async () => ({ done: 1, total: 2 }),
      };
      await shown(<PackList actions={actions} />);
      expect(literalsIn(root, DATA)).toEqual([]);
      await act(() => void root.querySelector('form')?.dispatchEvent(new Event('submit')));
      await settle();
      expect(root.querySelector('[role=status]')?.textContent).not.toBe('');
      expect(literalsIn(root, DATA)).toEqual([]);
      render(null, root);
    }
  });

  it('on the storage line, whatever the browser says', async () => {
    const estimates = [
      async () => ({ usage: 12_345_678, quota: 120e9 }),
      async () => ({ usage: 0 }),
      async () => Promise.reject(new Error('no')),
    ];
    for (const estimate of estimates) {
      Object.defineProperty(navigator, 'storage', { value: { estimate }, configurable: true });
      await shown(<StorageUse />);
      expect(root.querySelector('[data-field=storage]')?.textContent).not.toBe('Measuring…');
      expect(literalsIn(root, DATA)).toEqual([]);
      render(null, root);
    }
  });
});

describe('dates and numbers', () => {
  afterEach(() => setFormatLocale('en-GB'));

  it('in the notebook: its clips, their review flags, filters, export and deletion', async () => {
    const clip: Clip = {
      id: 'c1',
      quote: WORDS.sentence,
      before: WORDS.filler,
      after: WORDS.filler,
      fragmentUrl: URLS[0],
      source: {
        url: URLS[0],
        title: WORDS.title,
        outlet: WORDS.outlet,
        authors: [],
        kind: 'article-newspaper',
        review: ['authors', 'published'],
      },
      origin: { kind: 'selection' },
      note: WORDS.filler,
      tags: [WORDS.pack],
      accessed: '2025-12-04T10:05:00.000Z',
      created: '2025-12-04T10:05:00.000Z',
      updated: '2025-12-04T10:05:00.000Z',
    };
    for (const clips of [[clip], []]) {
      const actions: NotebookActions = {
        list: async () => clips,
        update: async () => clip,
        remove: async () => 1,
        copy: async () => undefined,
        download: () => undefined,
      };
      await shown(<Notebook actions={actions} />);
      expect(root.querySelectorAll('[data-clip]')).toHaveLength(clips.length);
      expect(literalsIn(root, [...DATA, 'qexlo.example'])).toEqual([]);
      await click(root.querySelector('[data-action=export]'));
      expect(root.querySelector('[role=status]')?.textContent).not.toBe('');
      expect(literalsIn(root, [...DATA, 'qexlo.example'])).toEqual([]);
      render(null, root);
    }
  });

  it('are written as the locale writes them', () => {
    setFormatLocale('en-US');
    expect(formatDate(DEC_4)).toBe('Dec 4, 2025');
    setFormatLocale('de-DE');
    expect(formatDate(DEC_4)).toBe('4. Dez. 2025');
  });
});
