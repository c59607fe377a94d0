/**
 * Watch lists in the background and on the tab: the recognize answer carries each list's
 * matches in page offsets, the lists are compiled once until the settings change, the tab's
 * watch requests are validated and for Backstory's own pages only.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createRecognizerHost } from '../../lib/background/recognizer-host';
import { createWatchHost } from '../../lib/background/watch-host';
import { RequestSchema } from '../../lib/messaging/schemas';
import { TabRequestSchema } from '../../lib/messaging/tab-schemas';
import { answerTabRequest, type TabHandlers } from '../../lib/page/tab-requests';
import type { WatchEntry } from '../../lib/page/watch-entries';
import type { WatchList } from '../../lib/rules/settings';
import { filterWatchIndex, groupWatchIndex } from '../../lib/panel/page-index';

const list = (id: string, terms: string[], on = true): WatchList => ({
  id,
  name: id,
  on,
  colour: 'rose',
  style: 'tint',
  terms,
  wholeWord: true,
  matchCase: false,
  matchAccents: false,
  sync: true,
});

function watchHost(lists: () => WatchList[]) {
  let loads = 0;
  const host = createWatchHost({
    loadLists: async () => (loads++, lists()),
    report: () => undefined,
  });
  return { host, loads: () => loads };
}

describe('watch lists in the background', () => {
  it('adds each list’s matches to the recognize answer, in page offsets', async () => {
    const { host: watch } = watchHost(() => [list('ukraine', ['Zelensky', '/kherson\\w*/'])]);
    const recognizer = createRecognizerHost({
      resolve: async () => ({}),
      loadModel: async () => {
        throw new Error('no model in this test');
      },
      report: () => undefined,
      watch,
    });
    const text = 'Zelenský visited Kherson.';
    const answer = await recognizer.recognizeBlocks([{ start: 50, text }]);
    expect(answer.watch).toEqual([
      { start: 50, end: 58, listId: 'ukraine', text: 'Zelenský', term: 'Zelensky' },
      { start: 67, end: 74, listId: 'ukraine', text: 'Kherson', term: '/kherson\\w*/' },
    ]);
    expect(answer.watchCapped).toBe(false);
  });

  it('compiles the lists once, again after the settings change or when asked fresh', async () => {
    let lists = [list('a', ['Kyiv'])];
    const { host, loads } = watchHost(() => lists);
    const blocks = [{ start: 0, text: 'Kyiv and Odesa' }];
    await host.find(blocks);
    await host.find(blocks);
    expect(loads()).toBe(1);
    lists = [list('a', ['Odesa'])];
    expect((await host.find(blocks)).watch.map((m) => m.text)).toEqual(['Kyiv']);
    host.settingsChanged();
    expect((await host.find(blocks)).watch.map((m) => m.text)).toEqual(['Odesa']);
    lists = [list('a', ['Kyiv', 'Odesa'])];
    expect((await host.find(blocks, true)).watch.map((m) => m.text)).toEqual(['Kyiv', 'Odesa']);
    expect(loads()).toBe(3);
  });

  it('answers nothing when no list is on', async () => {
    const { host } = watchHost(() => [list('a', ['Kyiv'], false)]);
    expect(await host.find([{ start: 0, text: 'Kyiv' }])).toEqual({
      watch: [],
      watchCapped: false,
    });
  });

  it('validates the watch-match request like recognize’s blocks', () => {
    const ok = { type: 'watch-match', blocks: [{ start: 0, text: 'Kyiv' }] };
    expect(v.safeParse(RequestSchema, ok).success).toBe(true);
    expect(
      v.safeParse(RequestSchema, { type: 'watch-match', blocks: [{ start: -1, text: 'x' }] })
        .success,
    ).toBe(false);
  });
});

describe('watch requests to the tab', () => {
  const match = (start: number, listId: string, text: string) =>
    ({ start, end: start + text.length, listId, text, range: {} as Range }) as WatchEntry;
  const MATCHES = [match(0, 'a', 'Kyiv'), match(10, 'b', 'Odesa')];
  function handlers() {
    const calls: string[] = [];
    const h: TabHandlers = {
      stats: () => ({
        counts: { person: 0, place: 0, org: 0, figure: 0 },
        scanned: true,
        enabled: true,
        registered: 0,
      }),
      shown: () => [],
      pageUrl: () => 'https://news.example/story',
      toggle: () => undefined,
      step: () => undefined,
      focus: () => undefined,
      clipSelection: async () => false,
      watchShown: () => MATCHES,
      watchStep: (listId, direction) => (calls.push(`${listId} ${direction}`), listId === 'a'),
      focusWatch: (e) => calls.push(`focus ${e.start}`),
    };
    return { h, calls };
  }

  it('steps through one list, and says when it has no match', async () => {
    const { h, calls } = handlers();
    expect(
      await answerTabRequest({ type: 'watch-step', listId: 'a', direction: 1 }, h, true),
    ).toEqual({ ok: true, found: true });
    expect(
      await answerTabRequest({ type: 'watch-step', listId: 'c', direction: -1 }, h, true),
    ).toEqual({ ok: true, found: false });
    expect(calls).toEqual(['a 1', 'c -1']);
  });

  it('is for Backstory’s own pages only, and validated', async () => {
    const { h, calls } = handlers();
    expect(
      await answerTabRequest({ type: 'watch-step', listId: 'a', direction: 1 }, h, false),
    ).toMatchObject({ ok: false, code: 'invalid' });
    expect(
      v.safeParse(TabRequestSchema, { type: 'watch-step', listId: 'A!', direction: 1 }).success,
    ).toBe(false);
    expect(
      v.safeParse(TabRequestSchema, { type: 'watch-step', listId: 'a', direction: 2 }).success,
    ).toBe(false);
    expect(calls).toEqual([]);
  });

  it('lists the matches in the page index and focuses one that is still there', async () => {
    const { h, calls } = handlers();
    expect(await answerTabRequest({ type: 'page-index' }, h, true)).toMatchObject({
      watch: [
        { listId: 'a', text: 'Kyiv' },
        { listId: 'b', text: 'Odesa' },
      ],
    });
    expect(
      await answerTabRequest(
        { type: 'focus-mention', index: 1, text: 'Odesa', listId: 'b' },
        h,
        true,
      ),
    ).toEqual({ ok: true });
    expect(
      await answerTabRequest(
        { type: 'focus-mention', index: 1, text: 'Kyiv', listId: 'b' },
        h,
        true,
      ),
    ).toMatchObject({ ok: false, code: 'not-found' });
    expect(calls).toEqual(['focus 10']);
  });
});

describe('the side panel’s watch groups', () => {
  it('groups matches by list, an item per text with case and accents folded', () => {
    const groups = groupWatchIndex([
      { listId: 'b', list: 'Cities', text: 'Kyiv' },
      { listId: 'a', list: 'People', text: 'Zelenský' },
      { listId: 'b', list: 'Cities', text: 'Odesa' },
      { listId: 'a', list: 'People', text: 'Zelensky' },
      { listId: 'b', list: 'Cities', text: 'odesa' },
    ]);
    expect(groups.map((g) => [g.name, g.mentions])).toEqual([
      ['Cities', 3],
      ['People', 2],
    ]);
    expect(groups[0].items.map((i) => [i.label, i.indices])).toEqual([
      ['Odesa', [2, 4]],
      ['Kyiv', [0]],
    ]);
    expect(groups[1].items).toMatchObject([{ label: 'Zelenský', variants: ['Zelensky'] }]);
    expect(filterWatchIndex(groups, 'kyi').map((g) => g.items.map((i) => i.label))).toEqual([
      ['Kyiv'],
    ]);
  });
});
