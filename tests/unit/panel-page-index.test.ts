/**
 * The side panel's page index: mentions grouped by type into one item per entity (or per text
 * for names no pack knows and for figures), counted, filtered ignoring case and accents; each
 * choice of an item steps to its next mention; and what the panel says about its tab.
 */
import { describe, expect, it } from 'vitest';
import {
  filterIndex,
  foldText,
  groupPageIndex,
  linkedEntities,
  nextMention,
} from '../../lib/panel/page-index';
import { panelPageState } from '../../lib/panel/page-state';
import { boundTabId, canRunOn, panelPageUrl } from '../../lib/panel/panel-target';
import type { PageIndexEntry } from '../../lib/types/status';

const putin = { type: 'person', entityId: 'q:putin', name: 'Vladimir Putin' } as const;
const INDEX: PageIndexEntry[] = [
  { ...putin, text: 'Vladimir Putin' },
  { type: 'place', text: 'Kherson', entityId: 'q:kherson', name: 'Kherson' },
  { type: 'person', text: 'Zorblax Quimby' },
  { ...putin, text: 'Putin' },
  { type: 'figure', text: '138 drones' },
  { type: 'place', text: 'Zaporizhzhia' },
  { type: 'person', text: 'Volodymyr Zelenský', entityId: 'q:zel', name: 'Volodymyr Zelenský' },
  { type: 'place', text: 'Kherson', entityId: 'q:kherson', name: 'Kherson' },
  { ...putin, text: 'Putin' },
  { type: 'person', text: 'zorblax quimby' },
  { type: 'figure', text: '138 drones' },
];

describe('grouping', () => {
  const groups = groupPageIndex(INDEX);

  it('makes one group per type in a fixed order, counting its mentions', () => {
    expect(groups.map((g) => [g.type, g.mentions])).toEqual([
      ['person', 6],
      ['place', 3],
      ['figure', 2],
    ]);
  });

  it('makes one item per entity with every place it appears, most mentioned first', () => {
    const people = groups[0].items;
    expect(people.map((i) => [i.label, i.indices])).toEqual([
      ['Vladimir Putin', [0, 3, 8]],
      ['Zorblax Quimby', [2, 9]],
      ['Volodymyr Zelenský', [6]],
    ]);
    expect(people[0]).toMatchObject({ known: true, entityId: 'q:putin', variants: ['Putin'] });
  });

  it('keeps a name no pack knows as one item per text, case aside, not linked', () => {
    const unknown = groups[0].items[1];
    expect(unknown).toMatchObject({ known: false, variants: ['zorblax quimby'] });
    expect(unknown.entityId).toBeUndefined();
    expect(groups[1].items.map((i) => [i.label, i.known])).toEqual([
      ['Kherson', true],
      ['Zaporizhzhia', false],
    ]);
  });

  it('lists nothing for an empty page', () => {
    expect(groupPageIndex([])).toEqual([]);
  });

  it('gives related coverage each linked entity once', () => {
    expect(linkedEntities(groups)).toEqual([
      { key: 'q:putin', name: 'Vladimir Putin', type: 'person', mentions: 3 },
      { key: 'q:zel', name: 'Volodymyr Zelenský', type: 'person', mentions: 1 },
      { key: 'q:kherson', name: 'Kherson', type: 'place', mentions: 2 },
    ]);
  });
});

describe('filtering', () => {
  const groups = groupPageIndex(INDEX);
  const labels = (query: string) =>
    filterIndex(groups, query).flatMap((g) => g.items.map((i) => i.label));

  it('ignores case and accents, in the name and in the texts it appears as', () => {
    expect(labels('KHERSON')).toEqual(['Kherson']);
    expect(labels('zelensky')).toEqual(['Volodymyr Zelenský']);
    expect(labels('ZELENSKÝ')).toEqual(['Volodymyr Zelenský']);
    expect(labels('putin')).toEqual(['Vladimir Putin']);
    expect(labels('drones')).toEqual(['138 drones']);
  });

  it('keeps every group for an empty query and recounts the groups it keeps', () => {
    expect(filterIndex(groups, '  ')).toEqual(groups);
    expect(filterIndex(groups, 'z').map((g) => [g.type, g.mentions])).toEqual([
      ['person', 3],
      ['place', 1],
    ]);
    expect(filterIndex(groups, 'nowhere at all')).toEqual([]);
  });

  it('folds text to lower case without marks', () => {
    expect(foldText(' Ōsaka Çay ')).toBe('osaka cay');
  });
});

describe('stepping through an item’s mentions', () => {
  const item = groupPageIndex(INDEX)[0].items[0];

  it('goes to the first, then each following one, then round again', () => {
    const seen: number[] = [];
    let last: number | undefined;
    for (let i = 0; i < 4; i++) seen.push((last = nextMention(item, last)));
    expect(seen).toEqual([0, 3, 8, 0]);
  });
});

describe('the panel’s tab', () => {
  it('reads the tab a full-tab panel was opened for, and refuses anything but a tab id', () => {
    const url = panelPageUrl('chrome-extension://abc/sidepanel.html', 42);
    expect(url).toBe('chrome-extension://abc/sidepanel.html?tab=42');
    expect(boundTabId(new URL(url).search)).toBe(42);
    expect(boundTabId('')).toBeNull();
    for (const bad of [
      '?tab=',
      '?tab=-3',
      '?tab=4.5',
      '?tab=1e3',
      '?tab=x',
      '?tab=9'.padEnd(30, '9'),
    ])
      expect(boundTabId(bad)).toBeUndefined();
  });

  it('knows where Backstory cannot run', () => {
    expect(canRunOn('https://news.example/story')).toBe(true);
    expect(canRunOn('http://127.0.0.1:8080/index.html')).toBe(true);
    for (const url of [
      'chrome://settings/',
      'about:addons',
      'https://chromewebstore.google.com/detail/x',
      'https://addons.mozilla.org/en-GB/firefox/',
      'file:///home/reader/page.html',
      'not a url',
      undefined,
    ])
      expect(canRunOn(url)).toBe(false);
  });

  it('tells a page that cannot run Backstory from one not read yet, and one switched off', () => {
    const failed = { ok: false } as const;
    const stats = { ok: true, scanned: true, enabled: true } as const;
    const index = {
      ok: true,
      mentions: INDEX,
      truncated: false,
      pageUrl: 'https://news.example/a',
    } as const;
    expect(panelPageState('chrome://newtab/', failed, failed).status).toBe('unsupported');
    expect(panelPageState('https://news.example/a', failed, failed).status).toBe('not-read');
    expect(panelPageState(undefined, failed, failed).status).toBe('unreachable');
    expect(panelPageState(undefined, failed, failed).status).toBe('unreachable');
    expect(
      panelPageState('https://news.example/a', { ...stats, enabled: false }, index).status,
    ).toBe('off');
    expect(panelPageState('https://news.example/a', stats, failed).status).toBe('not-read');
    const ready = panelPageState(
      'https://news.example/a',
      { ...stats, scanned: false, namesUnsupported: { language: 'uk' } },
      index,
    );
    expect(ready).toMatchObject({
      status: 'ready',
      scanned: false,
      truncated: false,
      namesUnsupported: { language: 'uk' },
    });
    expect(ready.status === 'ready' && ready.groups.length).toBe(3);
  });
});
