// @vitest-environment happy-dom
/**
 * A long page is read in slices: indexing its paragraphs, summing its boxes' text for the
 * story filter, choosing what to paint as the mentions grow, and registering the band of
 * highlights around the viewport. Each sliced way must give what the one-pass way gives, and
 * work already done must not be done again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createPaintController } from '../../lib/paint/paint-controller';
import { createPaintSelection, firstOfEach } from '../../lib/paint/density';
import { createParagraphIndexer, indexParagraphs } from '../../lib/text/paragraph-index';
import { createStoryFilter } from '../../lib/text/story-filter';
import { PAINT_ALL_LIMIT } from '../../lib/constants';
import type { Mention } from '../../lib/types/mention';

afterEach(() => {
  document.body.innerHTML = '';
});

/** A story of many paragraphs, with furniture around it and a list of links inside it. */
function longPage(paragraphs: number): void {
  const body = Array.from(
    { length: paragraphs },
    (_, i) =>
      `<p>Paragraph ${i} tells of talks in Kyiv, where 12 officials met for ${i} hours.</p>`,
  ).join('');
  document.body.innerHTML =
    `<nav><a href="/a">Home</a><a href="/b">World</a></nav>` +
    `<article><h1>Talks</h1><div class="body">${body}</div>` +
    `<ul class="related"><li><a href="/1">One more story about something else</a></li>` +
    `<li><a href="/2">Another story about something else again</a></li></ul></article>` +
    `<footer>About us</footer>`;
}

describe('reading a long page in slices', () => {
  it('indexes the same paragraphs in slices as in one pass', () => {
    longPage(600);
    const whole = indexParagraphs(document);
    const indexer = createParagraphIndexer(document);
    let steps = 1;
    while (!indexer.step(() => true)) steps++;
    const sliced = indexer.result();
    expect(steps).toBeGreaterThan(1);
    expect(sliced.paragraphs.map((p) => [p.el, p.length])).toEqual(
      whole.paragraphs.map((p) => [p.el, p.length]),
    );
    expect([...sliced.under]).toEqual([...whole.under]);
    expect([...sliced.density]).toEqual([...whole.density]);
    // Asked again, the result is the same object, not summed twice.
    expect(indexer.result()).toBe(sliced);
  });

  it('gives the same story decisions with the lengths summed ahead in slices', () => {
    longPage(400);
    const root = document.querySelector('article')!;
    const elements = [...root.querySelectorAll('*')];
    const asked = createStoryFilter(root, { styleOf: null });
    const expected = elements.map((el) => asked.reasonFor(el));
    const prepared = createStoryFilter(root, { styleOf: null });
    let steps = 1;
    while (!prepared.prepare(() => true)) steps++;
    expect(steps).toBeGreaterThan(1);
    expect(elements.map((el) => prepared.reasonFor(el))).toEqual(expected);
    expect(expected).toContain('related');
  });
});

const mention = (entityId: string): Mention => ({
  start: 0,
  end: 1,
  type: 'person',
  text: entityId,
  entityId,
  name: entityId,
  confidence: 1,
  via: 'alias',
});

describe('choosing what to paint as the mentions grow', () => {
  it('goes on over the same growing list, and starts again over a new one', () => {
    const selection = createPaintSelection<{ mention: Mention }>();
    const entries = ['a', 'b', 'a'].map((id) => ({ mention: mention(id) }));
    expect(selection.select(entries, 'first')).toEqual(firstOfEach(entries));
    entries.push({ mention: mention('c') }, { mention: mention('b') });
    const grown = selection.select(entries, 'first');
    expect(grown).toEqual(firstOfEach(entries));
    expect(grown.map((e) => e.mention.entityId)).toEqual(['a', 'b', 'c']);
    expect(selection.painted(entries[3])).toBe(true);
    expect(selection.painted(entries[4])).toBe(false);
    // A refiltered list is a new array: chosen afresh.
    const refiltered = entries.filter((e) => e.mention.entityId !== 'a');
    expect(selection.select(refiltered, 'first').map((e) => e.mention.entityId)).toEqual([
      'b',
      'c',
    ]);
    expect(selection.painted(entries[0])).toBe(false);
  });
});

describe('the band of highlights on a long page', () => {
  it('registers the band again only when what it holds changed', () => {
    document.body.innerHTML = `<p>${'word '.repeat(10)}</p>`;
    const text = document.querySelector('p')!.firstChild!;
    let sets = 0;
    const frames: (() => void)[] = [];
    const fakeWin = Object.assign(Object.create(window), {
      innerHeight: 800,
      CSS: { highlights: { set: () => void sets++, delete: () => undefined } },
      Highlight: class {
        constructor(..._ranges: Range[]) {}
      },
    }) as Window & typeof globalThis;
    const controller = createPaintController(document, fakeWin, {
      requestFrame: (fn) => frames.push(fn),
      setTimer: (fn) => fn(),
    });
    const runFrame = () => frames.splice(0).forEach((f) => f());
    // A mention `y` pixels down the page (happy-dom lays nothing out: the rectangle is given).
    const at = (y: number) => {
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 4);
      range.getBoundingClientRect = () => new DOMRect(0, y, 30, 16);
      return { type: 'person' as const, range };
    };
    // Enough mentions to paint a band only; one every 2 px, the last far below the viewport.
    const entries = Array.from({ length: PAINT_ALL_LIMIT + 10 }, (_, i) => at(i * 2));
    controller.update(entries);
    runFrame();
    const painted = sets;
    const band = controller.registered;
    expect(band).toBeLessThan(entries.length);
    // More mentions further down: the band holds the same ones, nothing is registered again.
    entries.push(...Array.from({ length: 50 }, (_, i) => at(100_000 + i)));
    controller.update(entries);
    runFrame();
    expect(sets).toBe(painted);
    expect(controller.registered).toBe(band);
    // A mention inside the band (a live page's new paragraph): registered again.
    entries.unshift(at(0));
    controller.update(entries);
    runFrame();
    expect(sets).toBeGreaterThan(painted);
  });
});
