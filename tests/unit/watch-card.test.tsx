// @vitest-environment happy-dom
/**
 * Cards for watch-list matches: which lists and terms a card names (lists the reader turned off
 * or removed are left out), which matches lie under a point or a mention, which card the
 * keyboard opens on a focused match, what the card loader makes of a match and of a mention a
 * list covers, and how the card shows it: as text, with its links to the settings.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HoverCard } from '../../components/HoverCard';
import { createWatchHost } from '../../lib/background/watch-host';
import type { CardState } from '../../lib/cards/card-state';
import { watchReasons } from '../../lib/page/watch-reasons';
import type { ask as askBackground } from '../../lib/messaging/client';
import { createCardLoader } from '../../lib/page/card-loader';
import { isWatchTarget, targetFor, watchOver } from '../../lib/page/card-target';
import { PageSession } from '../../lib/page/page-session';
import type { WatchList } from '../../lib/rules/settings';
import type { Mention } from '../../lib/types/mention';
import type { SiteWhy } from '../../lib/types/site-why';

// The card's buttons act on trusted input only; here the test's clicks stand for the reader's.
vi.mock('../../components/trusted-input', () => ({
  onTrusted:
    <E,>(act: (event: E) => void) =>
    (event: E) =>
      act(event),
}));

const list = (id: string, name: string, terms: string[], on = true): WatchList => ({
  id,
  name,
  on,
  colour: 'rose',
  style: 'tint',
  terms,
  wholeWord: true,
  matchCase: false,
  matchAccents: false,
  sync: true,
});

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
  document.body.innerHTML = '';
});

describe('the lists a card names', () => {
  const lists = [
    list('regions', 'Regions', ['/kherson\\w*/']),
    list('off', 'Off', ['Kherson'], false),
    list('cities', 'Cities', ['Kherson', 'Kyiv']),
  ];

  it('names each list once, in the reader’s order, with the terms that found the words', () => {
    const matches = [
      { listId: 'cities', term: 'Kherson' },
      { listId: 'regions', term: '/kherson\\w*/' },
      { listId: 'cities', term: 'Kherson' },
      { listId: 'cities', term: 'Kyiv' },
    ];
    expect(watchReasons(matches, lists)).toEqual([
      { listId: 'regions', list: 'Regions', terms: [{ term: '/kherson\\w*/', pattern: true }] },
      {
        listId: 'cities',
        list: 'Cities',
        terms: [
          { term: 'Kherson', pattern: false },
          { term: 'Kyiv', pattern: false },
        ],
      },
    ]);
  });

  it('leaves out a list that is off or gone', () => {
    const matches = [
      { listId: 'off', term: 'Kherson' },
      { listId: 'removed', term: 'Kherson' },
    ];
    expect(watchReasons(matches, lists)).toEqual([]);
  });
});

const PARAGRAPHS = [
  'Officials in Kherson said more than forty residential buildings were damaged by the strikes overnight.',
  'Envoys spoke of a ceasefire after five hours of talks, but gave no details of any agreement reached.',
  'The Khersonska region was shelled again on Tuesday, officials said, as drones struck cities across the country.',
];

/** A page whose one mention is "Kherson" (a place), with the reader's watch lists matched on it. */
async function pageWith(lists: WatchList[]) {
  document.body.innerHTML = `<article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`;
  const watch = createWatchHost({ loadLists: async () => lists, report: () => undefined });
  const session = new PageSession({
    doc: document,
    recognize: async (blocks, carry) => {
      const mentions: Mention[] = blocks.flatMap((b) => {
        const at = b.text.search(/\bKherson\b/);
        if (at < 0) return [];
        const start = b.start + at;
        return [
          {
            start,
            end: start + 7,
            type: 'place',
            text: 'Kherson',
            entityId: 'q:kherson',
            name: 'Kherson',
            confidence: 0.9,
            via: 'alias',
          } satisfies Mention,
        ];
      });
      return { mentions, carry, foreignChars: 0, ...(await watch.find(blocks)) };
    },
    isMuted: () => false,
    onChange: () => undefined,
  });
  await session.scan();
  const text = session.root?.map.text ?? '';
  if (!session.root) throw new Error('no article read');
  return { session, text, root: session.root };
}

const LISTS = [
  list('cities', 'Cities', ['Kherson']),
  list('regions', 'Regions', ['/kherson\\w*/']),
  list('truce', 'Truce', ['ceasefire']),
];
const SITE: SiteWhy = { source: 'rule', mode: 'all', pattern: 'example.com' };
const painted = { painted: () => true };
const context = (session: PageSession, lists: WatchList[]) => ({
  site: () => SITE,
  watch: (span: { start: number; end: number }) =>
    watchReasons(watchOver(session, span, painted), lists),
});

describe('watch matches under a point, a mention or the keyboard', () => {
  it('finds every list’s match at an offset, and those a mention’s words share', async () => {
    const { root, text } = await pageWith(LISTS);
    const kherson = text.indexOf('Kherson');
    const at = (offset: number) => root.watch.at(offset).map((m) => `${m.listId}:${m.text}`);
    expect(at(kherson + 3)).toEqual(['cities:Kherson', 'regions:Kherson']);
    // The caret may sit just after the last letter.
    expect(at(kherson + 7)).toEqual(['cities:Kherson', 'regions:Kherson']);
    expect(at(kherson - 2)).toEqual([]);
    const [mention] = root.entries;
    expect(root.watch.overlapping(mention.start, mention.end).map((m) => m.listId)).toEqual([
      'cities',
      'regions',
    ]);
    // Words that end where the mention starts share none of it.
    expect(root.watch.overlapping(mention.start - 3, mention.start)).toEqual([]);
    const region = text.indexOf('Khersonska');
    expect(at(region + 8)).toEqual(['regions:Khersonska']);
  });

  it('opens, from a focused match, the card of the mention it covers, or its own', async () => {
    const { session, root } = await pageWith(LISTS);
    const [mention] = root.entries;
    const onName = root.watch.entries.find((m) => m.listId === 'cities');
    const alone = root.watch.entries.find((m) => m.listId === 'truce');
    if (!onName || !alone) throw new Error('lists not matched');
    expect(targetFor(session, onName)).toBe(mention);
    expect(targetFor(session, alone)).toBe(alone);
    expect(targetFor(session, mention)).toBe(mention);
    expect(isWatchTarget(alone)).toBe(true);
    expect(isWatchTarget(mention)).toBe(false);
  });

  it('leaves out of a card the matches that are not painted', async () => {
    const { session, root } = await pageWith(LISTS);
    const [mention] = root.entries;
    const onlyCities = { painted: (m: { listId: string }) => m.listId === 'cities' };
    expect(watchOver(session, mention, onlyCities).map((m) => m.listId)).toEqual(['cities']);
  });
});

describe('the card loader and the card', () => {
  const card = {
    id: 'q:kherson',
    type: 'place' as const,
    name: 'Kherson',
    description: 'City in Ukraine',
    background: '',
    source: { name: 'Wikidata', url: 'https://www.wikidata.org/', licence: 'CC0' },
    updatedAt: '2025-12-01',
    related: [],
  };
  const ask = (async () => ({ ok: true, card })) as unknown as typeof askBackground;

  it('makes a watch card of words only a list found, from the page alone', async () => {
    const { session, root } = await pageWith(LISTS);
    const alone = root.watch.entries.find((m) => m.listId === 'truce');
    if (!alone) throw new Error('list not matched');
    const asked: unknown[] = [];
    const counting = ((request: unknown) => (
      asked.push(request),
      ask(request as never)
    )) as typeof ask;
    const state = await createCardLoader(
      session,
      document,
      counting,
      context(session, LISTS),
    )(alone);
    expect(asked).toEqual([]);
    expect(state).toEqual({
      status: 'watch',
      watch: {
        text: 'ceasefire',
        reasons: [
          { listId: 'truce', list: 'Truce', terms: [{ term: 'ceasefire', pattern: false }] },
        ],
        site: SITE,
      },
    });
  });

  it('adds to a mention’s card the lists its words are on', async () => {
    const { session, root } = await pageWith(LISTS);
    const state = await createCardLoader(
      session,
      document,
      ask,
      context(session, LISTS),
    )(root.entries[0]);
    expect(state.status === 'entity' && state.page.watch).toEqual([
      { listId: 'cities', list: 'Cities', terms: [{ term: 'Kherson', pattern: false }] },
      { listId: 'regions', list: 'Regions', terms: [{ term: '/kherson\\w*/', pattern: true }] },
    ]);
  });

  async function shown(state: CardState, openSettings = vi.fn()) {
    root = document.createElement('div');
    document.body.append(root);
    await act(() =>
      render(<HoverCard state={state} actions={{ openSettings }} />, root as HTMLElement),
    );
    return root;
  }

  it('shows the words, the lists and terms as text, with links to the lists and the site rule', async () => {
    const openSettings = vi.fn();
    const el = await shown(
      {
        status: 'watch',
        watch: {
          text: '<img src=x onerror=alert(1)>',
          reasons: [
            { listId: 'a', list: '<b>Mine</b>', terms: [{ term: '/<i>x<\\/i>/', pattern: true }] },
            { listId: 'b', list: 'Truce', terms: [{ term: 'ceasefire', pattern: false }] },
          ],
          site: SITE,
        },
      },
      openSettings,
    );
    const card = el.querySelector('[data-backstory-card]');
    expect(card?.getAttribute('data-card')).toBe('watch');
    expect(card?.getAttribute('aria-label')).toBe('Watch list: <img src=x onerror=alert(1)>');
    expect(el.querySelector('[data-field="name"]')?.textContent).toBe(
      '<img src=x onerror=alert(1)>',
    );
    expect(el.querySelector('[data-field="type"]')?.textContent).toBe('Watch list');
    expect(el.querySelector('[data-field="why-watch"]')?.textContent).toBe(
      'On your watch list “<b>Mine</b>”: found by /<i>x<\\/i>/ (a regular expression). ' +
        'On your watch list “Truce”: found by “ceasefire”. Edit watch lists',
    );
    expect(el.querySelector('img, b, i')).toBeNull();
    expect(el.querySelector('[data-field="site-rule"]')?.textContent).toBe(
      'On this site: all highlights, by rule example.com.',
    );
    // No mute, link or save on a watch card.
    expect([...el.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      'Edit watch lists',
      'Edit site rules',
    ]);
    await act(() => el.querySelector<HTMLElement>('[data-action="edit-watch-lists"]')?.click());
    await act(() => el.querySelector<HTMLElement>('[data-action="edit-sites"]')?.click());
    expect(openSettings.mock.calls).toEqual([['watch-lists'], ['sites']]);
  });
});
