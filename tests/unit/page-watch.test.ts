// @vitest-environment happy-dom
/**
 * The page's watch matches: they come with each recognize answer and become ranges over the
 * page's own text, the page keeps no more than its caps, and when the lists change the page
 * asks for its watch matches again (no recognition) and swaps them in.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createRecognizerHost } from '../../lib/background/recognizer-host';
import { createWatchHost } from '../../lib/background/watch-host';
import { PageSession } from '../../lib/page/page-session';
import { PAGE_WATCH_CAP, PageWatch } from '../../lib/page/watch-entries';
import type { WatchList } from '../../lib/rules/settings';

const list = (id: string, terms: string[]): WatchList => ({
  id,
  name: id,
  on: true,
  colour: 'rose',
  style: 'tint',
  terms,
  wholeWord: true,
  matchCase: false,
  matchAccents: false,
  sync: true,
});

afterEach(() => {
  document.body.innerHTML = '';
});

const PARAGRAPHS = [
  'President Zelenský met envoys in Kyiv on Tuesday, officials said, as drones struck cities overnight across the country.',
  'The talks lasted five hours. Officials in Kherson said more than forty residential buildings were damaged by the strikes.',
  'Zelensky said the meeting had been useful, but gave no details of any agreement reached with the visiting delegation.',
];

function pageWith(lists: () => WatchList[]) {
  document.body.innerHTML = `<article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`;
  const watch = createWatchHost({ loadLists: async () => lists(), report: () => undefined });
  const host = createRecognizerHost({
    resolve: async () => ({}),
    loadModel: () => Promise.reject(new Error('no model in this test')),
    report: () => undefined,
    watch,
  });
  const asked = { recognize: 0, watch: 0 };
  const session = new PageSession({
    doc: document,
    recognize: (blocks, carry) => (asked.recognize++, host.recognizeBlocks(blocks, carry)),
    matchWatch: (blocks) => (asked.watch++, watch.find(blocks, true)),
    isMuted: () => false,
    onChange: () => undefined,
  });
  return { session, asked };
}

const painted = (session: PageSession) =>
  (session.root?.watch.entries ?? []).map((e) => `${e.listId}:${e.range.toString()}`);

describe('watch matches on the page', () => {
  it('come with the recognize answer as ranges over the page text', async () => {
    const { session } = pageWith(() => [list('people', ['Zelensky']), list('places', ['Kherson'])]);
    await session.scan();
    expect(painted(session)).toEqual(['people:Zelenský', 'people:Zelensky', 'places:Kherson']);
    expect(session.root?.watch.counts()).toEqual({ people: 2, places: 1 });
  });

  it('are asked for again, alone, when the lists change', async () => {
    let lists = [list('people', ['Zelensky'])];
    const { session, asked } = pageWith(() => lists);
    await session.scan();
    lists = [list('places', ['Kyiv', 'Kherson'])];
    const recognized = asked.recognize;
    await session.rewatch();
    expect(asked.recognize).toBe(recognized);
    expect(asked.watch).toBeGreaterThan(0);
    expect(painted(session)).toEqual(['places:Kyiv', 'places:Kherson']);
  });

  it('are kept up to the page’s cap per list, across answers, and say so', async () => {
    const { session } = pageWith(() => []);
    await session.scan();
    const map = session.root?.map;
    if (!map) throw new Error('no article read');
    const start = map.text.indexOf('Kyiv');
    const kyiv = { start, end: start + 4, listId: 'a', text: 'Kyiv', term: 'Kyiv' };
    const kept = new PageWatch(map);
    const half = Array.from({ length: PAGE_WATCH_CAP.perList / 2 + 1 }, () => kyiv);
    kept.add({ watch: half, watchCapped: false });
    expect(kept.capped).toBe(false);
    kept.add({ watch: [...half, { ...kyiv, listId: 'b' }], watchCapped: false });
    expect(kept.counts()).toEqual({ a: PAGE_WATCH_CAP.perList, b: 1 });
    expect(kept.capped).toBe(true);
  });
});
