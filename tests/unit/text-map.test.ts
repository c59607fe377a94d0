// @vitest-environment happy-dom
/** The text map: separators, offsets, ranges across nodes, stepwise building, a 2 MB article. */
import { describe, expect, it } from 'vitest';
import {
  buildTextMap,
  createTextMapBuilder,
  offsetAt,
  rangeFor,
  type TextMap,
} from '../../lib/text/text-map';
import { splitBlocks } from '../../lib/text/blocks';

function rootOf(html: string): Element {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  return document.getElementById('root')!;
}

/** Every node's data sits at its start offset, and everything else in the text is a separator. */
/** A node's text as the map writes it: its line breaks and tabs as spaces. */
const asMapped = (data: string) => data.replace(/[\n\r\t\f\v]/g, ' ');

function expectConsistent(map: TextMap) {
  let covered = 0;
  map.nodes.forEach((node, i) => {
    expect(map.text.slice(map.starts[i], map.starts[i] + node.data.length)).toBe(
      asMapped(node.data),
    );
    const previousEnd = i ? map.starts[i - 1] + map.nodes[i - 1].data.length : 0;
    expect(map.starts[i]).toBeGreaterThanOrEqual(previousEnd);
    covered += node.data.length;
  });
  // Every character not a node's is an inserted separator.
  expect(map.text.length - covered).toBe((map.text.match(/\n/g) ?? []).length);
}

describe('buildTextMap', () => {
  it.each([
    ['headline and byline', '<h1>Moscow Talks</h1><p>By CRBC</p>', 'Moscow Talks\nBy CRBC'],
    ['list items', '<ul><li>Kyiv</li><li>Odesa</li></ul>', 'Kyiv\nOdesa'],
    ['table cells', '<table><tr><td>Kyiv</td><td>138</td></tr></table>', 'Kyiv\n138'],
    ['a <br> inside a paragraph', '<p>Kyiv<br>Odesa</p>', 'Kyiv\nOdesa'],
    ['text after a closed block', '<div><p>Kyiv</p>Odesa</div>', 'Kyiv\nOdesa'],
    ['a custom element used as a box', '<x-box>Kyiv</x-box><x-box>Odesa</x-box>', 'Kyiv\nOdesa'],
    [
      'inline elements stay joined',
      '<p><strong>Overview:</strong> Russian <em>President</em></p>',
      'Overview: Russian President',
    ],
    ['a split word stays one word', '<p><span>Z</span>imbabwe</p>', 'Zimbabwe'],
    [
      'a space between inline elements is kept',
      '<p><b>Vladimir</b> <i>Putin</i></p>',
      'Vladimir Putin',
    ],
    ['a skipped element separates', '<p>Putin <button>Share</button>said</p>', 'Putin \nsaid'],
    [
      'a line break in the source is a space, one for one; nothing else is normalised',
      '<p>Kyiv,\n   Odesa\u00a0and  Lviv\r\n\twest</p>',
      'Kyiv,    Odesa\u00a0and  Lviv   west',
    ],
  ])('%s', (_name, html, text) => {
    const map = buildTextMap(rootOf(html));
    expect(map.text).toBe(text);
    expectConsistent(map);
  });

  it('leaves out indentation between blocks, and keeps offsets exact', () => {
    const map = buildTextMap(
      rootOf('\n  <h1>Talks</h1>\n  <p>By CRBC</p>\n  <p>Putin <b>said</b> so.</p>\n'),
    );
    expect(map.text).toBe('Talks\nBy CRBC\nPutin said so.');
    expect(map.nodes.map((n) => n.data)).toEqual(['Talks', 'By CRBC', 'Putin ', 'said', ' so.']);
    expectConsistent(map);
  });

  it('keeps a paragraph its source wraps across lines one block, and ranges on the page', () => {
    const map = buildTextMap(
      rootOf('<p>The former premier Massimo\n      D’Alema said so.</p>\n<p>Next.</p>'),
    );
    expect(splitBlocks(map.text).map((b) => b.text)).toEqual([
      'The former premier Massimo       D’Alema said so.',
      'Next.',
    ]);
    const start = map.text.indexOf('Massimo');
    expect(rangeFor(map, start, map.text.indexOf(' said'))?.toString()).toBe(
      'Massimo\n      D’Alema',
    );
  });

  it('takes a skip function (a seam for site rules)', () => {
    const map = buildTextMap(rootOf('<p>Kyiv</p><p class="promo">Buy now</p><p>Odesa</p>'), {
      skip: (el) => el.classList.contains('promo'),
    });
    expect(map.text).toBe('Kyiv\nOdesa');
  });

  it('is empty for a root with no text', () => {
    expect(buildTextMap(rootOf('<img alt="x"><nav>Home</nav>'))).toEqual({
      text: '',
      nodes: [],
      starts: [],
    });
  });

  it('builds the same map in steps as in one go', () => {
    const root = rootOf(
      '<h1>Talks</h1>' + '<p>Putin met <b>Witkoff</b> in Moscow.</p>'.repeat(2_000),
    );
    const whole = buildTextMap(root);
    const builder = createTextMapBuilder(root);
    let steps = 0;
    let calls = 0;
    while (!builder.step(() => ++calls % 2 === 0)) steps++;
    expect(steps).toBeGreaterThan(5);
    expect(builder.result()).toEqual(whole);
  });

  it('stops at a length and goes on later, earlier offsets and ranges still right', () => {
    const root = rootOf(
      Array.from(
        { length: 40 },
        (_, i) => `<p>Paragraph ${i}: Vladimir <b>Putin</b> met envoys.</p>`,
      ).join(''),
    );
    const whole = buildTextMap(root);
    const builder = createTextMapBuilder(root);
    expect(builder.step(() => false, 200)).toBe(false);
    const part = builder.result();
    expect(part.text.length).toBeGreaterThanOrEqual(200);
    expect(part.text.length).toBeLessThan(260);
    expect(whole.text.startsWith(part.text)).toBe(true);
    const at = part.text.indexOf('Putin');
    expect(builder.step(() => false)).toBe(true);
    expect(builder.result()).toEqual(whole);
    expect(rangeFor(part, at, at + 5)?.toString()).toBe('Putin');
  });

  it('maps a 2 MB article', () => {
    const paragraph =
      '<p>Vladimir <a href="#">Putin</a> met envoys in Moscow as drones struck Kyiv overnight, officials said.</p>\n';
    const root = rootOf(`<article><h1>Headline</h1>${paragraph.repeat(20_000)}</article>`);
    expect(root.innerHTML.length).toBeGreaterThan(2_000_000);
    const map = buildTextMap(root);
    expect(map.nodes.length).toBe(1 + 3 * 20_000);
    expect(map.text.startsWith('Headline\nVladimir Putin met envoys')).toBe(true);
    expect(map.text.split('\n').length).toBe(20_001);
    const last = map.text.lastIndexOf('Putin');
    expect(rangeFor(map, last, last + 5)?.toString()).toBe('Putin');
    expect(offsetAt(map, map.nodes[map.nodes.length - 2], 2)).toBe(last + 2);
  });
});

describe('rangeFor and offsetAt', () => {
  const map = () => buildTextMap(rootOf('<h1>Moscow Talks</h1><p>By <a>CRBC</a> staff</p>'));

  it('covers one node, several nodes, and whole blocks across a separator', () => {
    const m = map();
    expect(m.text).toBe('Moscow Talks\nBy CRBC staff');
    expect(rangeFor(m, 0, 6)?.toString()).toBe('Moscow');
    expect(rangeFor(m, 13, 26)?.toString()).toBe('By CRBC staff');
    // The separator belongs to no node: a range over it holds the nodes on both sides.
    expect(rangeFor(m, 7, 15)?.toString()).toBe('TalksBy');
  });

  it('pulls an end on a separator back, pushes a start on one forward', () => {
    const m = map();
    expect(rangeFor(m, 7, 13)?.toString()).toBe('Talks');
    expect(rangeFor(m, 12, 15)?.toString()).toBe('By');
  });

  it('is null on a separator alone, empty or reversed spans, and out of bounds', () => {
    const m = map();
    for (const [start, end] of [
      [12, 13],
      [5, 5],
      [6, 2],
      [-1, 3],
      [20, 27],
      [0, 1.5],
      [NaN, 3],
    ])
      expect(rangeFor(m, start, end)).toBeNull();
    expect(rangeFor(buildTextMap(rootOf('')), 0, 1)).toBeNull();
  });

  it('is null, not an exception, when the page has since shortened a node', () => {
    const m = map();
    m.nodes[0].data = 'M';
    expect(rangeFor(m, 2, 6)).toBeNull();
  });

  it('offsetAt: -1 for unmapped nodes, elements and offsets beyond the node', () => {
    const m = map();
    const outside = document.createTextNode('Moscow');
    expect(offsetAt(m, outside, 0)).toBe(-1);
    expect(offsetAt(m, document.querySelector('h1')!, 0)).toBe(-1);
    expect(offsetAt(m, m.nodes[0], 99)).toBe(-1);
    expect(offsetAt(m, m.nodes[0], -1)).toBe(-1);
    expect(offsetAt(m, m.nodes[2], 0)).toBe(16);
    expect(offsetAt(m, m.nodes[2], 4)).toBe(20);
  });
});
