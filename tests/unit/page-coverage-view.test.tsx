// @vitest-environment happy-dom
/**
 * The related coverage view: what it asks the background, the articles it lists (safe links,
 * remote text as text), and each honest empty state, every string from the catalogue.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  PageCoverage,
  type LoadCoverage,
  type PageCoverageEntity,
} from '../../components/PageCoverage';
import { formatDate } from '../../lib/cards/format';
import type { CoverageArticle, PageCoverageData } from '../../lib/types/page-coverage';
import { literalsIn } from './catalogue-literals';

const DEC_4 = Date.UTC(2025, 11, 4, 10, 5);
const PAGE = 'https://www.qexlo.example/story?id=1';
/** Words no message holds, for every piece of data the view is given. */
const ENTITIES: PageCoverageEntity[] = [
  { key: 'q:1', name: 'Zorvath Quillon', type: 'person' },
  { key: 'q:2', name: 'Qentria', type: 'place' },
  { key: 'q:1', name: 'Zorvath Quillon', type: 'person' },
  { key: 'q:3', name: 'Qorp Holdings', type: 'org', mentions: 4 },
  { key: 'fig', name: '40 qdrones', type: 'figure', mentions: 9 },
];
const article = (over: Partial<CoverageArticle> = {}): CoverageArticle => ({
  url: 'https://qexlo.example/a',
  title: 'Qexlo headline',
  outlet: 'Qexlo Times',
  publishedAt: DEC_4,
  shared: ['q:2', 'q:1'],
  ...over,
});
const DATA = [
  ...ENTITIES.map((e) => e.name),
  'Qexlo headline',
  'Qexlo Times',
  '<img src=x onerror=alert(1)>',
  'qexlo.example',
  formatDate(DEC_4),
];

let root: HTMLElement;
afterEach(() => {
  fakeBrowser.reset();
  if (!root) return;
  render(null, root);
  root.remove();
});

const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

async function shown(view: preact.ComponentChild): Promise<HTMLElement> {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(view, root));
  await settle();
  return root;
}

const answering = (data: PageCoverageData | string) => vi.fn<LoadCoverage>(async () => data);
const state = () => root.querySelector('[data-state]')?.getAttribute('data-state');

describe('related coverage of the page', () => {
  it('asks once for the page’s entities, figures left out, merged and most mentioned first', async () => {
    const load = answering({ articles: [], compared: 0, feeds: 1 });
    await shown(<PageCoverage entities={ENTITIES} pageUrl={PAGE} load={load} />);
    await act(() =>
      render(<PageCoverage entities={[...ENTITIES]} pageUrl={PAGE} load={load} />, root),
    );
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledWith(PAGE, [
      { id: 'q:3', mentions: 4 },
      { id: 'q:1', mentions: 2 },
      { id: 'q:2', mentions: 1 },
    ]);
  });

  it('sends the page-coverage message to the background when no loader is given', async () => {
    const received: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      received.push(message);
      return Promise.resolve({ ok: true, articles: [article()], compared: 12, feeds: 2 });
    });
    await shown(<PageCoverage entities={ENTITIES.slice(0, 2)} pageUrl={PAGE} />);
    expect(received).toEqual([
      {
        type: 'page-coverage',
        pageUrl: PAGE,
        entities: [
          { id: 'q:1', mentions: 1 },
          { id: 'q:2', mentions: 1 },
        ],
      },
    ]);
    expect(root.querySelectorAll('[data-coverage-article]')).toHaveLength(1);
  });

  it('lists each article with its headline as a link, outlet, date and the shared names', async () => {
    const data = {
      articles: [article(), article({ url: 'https://qexlo.example/b', shared: ['q:3'] })],
      compared: 1_240,
      feeds: 2,
    };
    await shown(<PageCoverage entities={ENTITIES} pageUrl={PAGE} load={answering(data)} />);
    const items = [...root.querySelectorAll('[data-coverage-article]')];
    expect(items).toHaveLength(2);
    const link = items[0].querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://qexlo.example/a');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link?.textContent).toBe('Qexlo headline');
    expect(items[0].querySelector('.meta')?.textContent).toBe(`Qexlo Times · ${formatDate(DEC_4)}`);
    expect(items[0].querySelector('[data-shared]')?.textContent).toBe(
      'Shared: Qentria, Zorvath Quillon',
    );
    expect(items[1].querySelector('[data-shared]')?.textContent).toBe('Shared: Qorp Holdings');
    expect(root.textContent).toContain('Ranked among 1,240 cached articles');
    expect(literalsIn(root, DATA)).toEqual([]);
  });

  it('shows remote text as text and leaves out links that are not http(s)', async () => {
    const data = {
      articles: [
        article({ url: 'javascript:alert(1)', title: 'Qexlo headline' }),
        article({ url: 'data:text/html,x' }),
        article({ title: '<img src=x onerror=alert(1)>', outlet: '<b>Qexlo Times</b>' }),
      ],
      compared: 3,
      feeds: 1,
    };
    await shown(<PageCoverage entities={ENTITIES} pageUrl={PAGE} load={answering(data)} />);
    const links = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['https://qexlo.example/a']);
    expect(root.querySelector('img, b')).toBeNull();
    expect(root.querySelector('a')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('says it is comparing while the answer is on its way', async () => {
    await shown(
      <PageCoverage entities={ENTITIES} pageUrl={PAGE} load={() => new Promise(() => undefined)} />,
    );
    expect(state()).toBe('loading');
    expect(root.textContent).toContain('Comparing this page with your cached articles…');
    expect(literalsIn(root, DATA)).toEqual([]);
  });

  it('says so when the background cannot answer', async () => {
    await shown(
      <PageCoverage entities={ENTITIES} pageUrl={PAGE} load={answering('database closed')} />,
    );
    expect(state()).toBe('error');
    expect(root.textContent).not.toContain('database closed');
    expect(literalsIn(root, DATA)).toEqual([]);
  });

  it('without feeds of the reader’s own, says to add feeds in Settings and links there', async () => {
    const data = { articles: [], compared: 0, feeds: 0 };
    await shown(<PageCoverage entities={ENTITIES} pageUrl={PAGE} load={answering(data)} />);
    expect(state()).toBe('no-feeds');
    expect(root.textContent).toContain('You have not added any feeds.');
    expect(root.textContent).not.toContain('were compared');
    const settings = root.querySelector('[data-open-settings]');
    expect(settings?.textContent).toBe('Add feeds in Settings');
    expect(settings?.getAttribute('href')).toBe('/options.html');
    expect(literalsIn(root, DATA)).toEqual([]);
  });

  it('with feeds but nothing shared, says how many articles were compared and which feeds would help', async () => {
    const data = { articles: [], compared: 240, feeds: 3 };
    await shown(<PageCoverage entities={ENTITIES} pageUrl={PAGE} load={answering(data)} />);
    expect(state()).toBe('nothing-shared');
    expect(root.textContent).toContain('240 cached articles were compared');
    expect(root.textContent).toContain(
      'Feeds that cover Qorp Holdings, Zorvath Quillon, Qentria, or the feed of qexlo.example,',
    );
    expect(root.textContent).not.toContain('You have not added any feeds.');
    expect(root.querySelector('[data-open-settings]')).not.toBeNull();
    expect(literalsIn(root, DATA)).toEqual([]);
  });

  it('says one article was compared in the singular', async () => {
    const data = { articles: [], compared: 1, feeds: 1 };
    await shown(<PageCoverage entities={ENTITIES} pageUrl={PAGE} load={answering(data)} />);
    expect(root.textContent).toContain('1 cached article was compared; it names no one');
  });

  it('on a page without entities, says there is nothing to compare and asks nothing', async () => {
    const load = answering({ articles: [], compared: 9, feeds: 1 });
    for (const entities of [[], ENTITIES.filter((e) => e.type === 'figure')]) {
      await shown(<PageCoverage entities={entities} pageUrl={PAGE} load={load} />);
      expect(state()).toBe('no-entities');
      expect(root.textContent).toContain('This page names no one Backstory knows');
      expect(literalsIn(root, DATA)).toEqual([]);
      render(null, root);
    }
    await shown(<PageCoverage entities={ENTITIES} pageUrl="chrome://newtab/" load={load} />);
    expect(state()).toBe('no-entities');
    expect(load).not.toHaveBeenCalled();
  });

  it('drops a late answer for an earlier page', async () => {
    let answerFirst: (data: PageCoverageData) => void = () => undefined;
    const first = new Promise<PageCoverageData>((resolve) => (answerFirst = resolve));
    const load = vi
      .fn<LoadCoverage>()
      .mockReturnValueOnce(first)
      .mockResolvedValueOnce({ articles: [], compared: 5, feeds: 1 });
    await shown(<PageCoverage entities={ENTITIES} pageUrl={PAGE} load={load} />);
    await act(() =>
      render(
        <PageCoverage entities={ENTITIES} pageUrl="https://qexlo.example/other" load={load} />,
        root,
      ),
    );
    await settle();
    answerFirst({ articles: [article()], compared: 5, feeds: 1 });
    await settle();
    expect(state()).toBe('nothing-shared');
    expect(root.querySelector('[data-coverage-article]')).toBeNull();
  });
});
