// @vitest-environment happy-dom
/**
 * Paragraphs in any markup: the reference article with its <p>s turned into <div>s, into
 * <br>-separated text or spans, and with no <article>, <main> or lists at all, is found and
 * mapped whole; JSON-LD in a @graph finds a body set in <div>s.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateArticle } from '../../lib/text/article-root';
import { indexParagraphs } from '../../lib/text/paragraph-index';
import { createStoryFilter } from '../../lib/text/story-filter';
import { buildTextMap } from '../../lib/text/text-map';
import { SHARED_DIR } from '../../scripts/harness/paths';

const SHARED_PAGE = resolve(SHARED_DIR, 'fixtures/pages/crbc-putin-peace-plan.html');
const SHARED_LABELS = resolve(SHARED_DIR, 'fixtures/pages/crbc-putin-peace-plan.expected.json');
const DEMO_PAGE = resolve(import.meta.dirname, '../../demo/index.html');

/** Markup variants of one page, each a way real sites set paragraphs. */
const VARIANTS: [string, (html: string) => string][] = [
  ['paragraphs and list items as <div>s', (h) => h.replace(/<(\/?)(p|li)\b/g, '<$1div')],
  [
    'paragraphs as <br>-separated text',
    (h) => h.replace(/<p\b[^>]*>/g, '').replace(/<\/p>/g, '<br><br>'),
  ],
  [
    'paragraphs as <span>s ending in <br>',
    (h) => h.replace(/<p\b/g, '<span').replace(/<\/p>/g, '</span><br>'),
  ],
  [
    'no <article>, <main>, lists or <p>s: all <div>s',
    (h) => h.replace(/<(\/?)(p|article|main|ul|li)\b/g, '<$1div'),
  ],
  [
    'no <article>, <br>-separated text',
    (h) =>
      h
        .replace(/<p\b[^>]*>/g, '')
        .replace(/<\/p>/g, '<br><br>')
        .replace(/<(\/?)(article|main|ul|li)\b/g, '<$1div'),
  ],
];

function parse(html: string): Document {
  return new DOMParser().parseFromString(html.replace(/<link [^>]*>/g, ''), 'text/html');
}

function storyMap(doc: Document): string {
  const root = locateArticle(doc).roots[0];
  expect(root).toBeDefined();
  return buildTextMap(root, { skip: createStoryFilter(root).skip }).text;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each([
  { name: 'saved page (../shared)', path: SHARED_PAGE },
  { name: 'demo copy', path: DEMO_PAGE },
])('the reference article in other markup: $name', ({ path }) => {
  const present = existsSync(path);
  const html = present ? readFileSync(path, 'utf8') : '';
  // Every paragraph the page's own markup gives (lines long enough to be prose).
  const paragraphs = present
    ? storyMap(parse(html))
        .split('\n')
        .map(squash)
        .filter((line) => line.length >= 40)
    : [];

  it.skipIf(!present)('has paragraphs to compare', () => {
    expect(paragraphs.length).toBeGreaterThanOrEqual(10);
  });

  it.skipIf(!present).each(VARIANTS)('%s: every paragraph is found', (_name, variant) => {
    const text = squash(storyMap(parse(variant(html))));
    expect(paragraphs.filter((p) => !text.includes(p))).toEqual([]);
  });

  it.skipIf(!present || !existsSync(SHARED_LABELS)).each(VARIANTS)(
    '%s: all 25 names are in the text',
    (_name, variant) => {
      const labels = JSON.parse(readFileSync(SHARED_LABELS, 'utf8')) as {
        mustFind: { name: string; forms: string[] }[];
      };
      const text = storyMap(parse(variant(html)));
      expect(labels.mustFind).toHaveLength(25);
      expect(labels.mustFind.filter((e) => !e.forms.some((f) => text.includes(f)))).toEqual([]);
    },
  );
});

describe('paragraph index', () => {
  const doc = (body: string) =>
    new DOMParser().parseFromString(
      `<!doctype html><html><body>${body}</body></html>`,
      'text/html',
    );
  const sentence = 'The envoys met in Moscow for five hours on Tuesday, officials said. ';

  it('counts a <div> of text as a paragraph of its parent, and <br> runs for their holder', () => {
    const d = doc(
      `<div id="a"><div id="p1">${sentence}</div><div id="p2">${sentence}</div></div>` +
        `<div id="b">${sentence}<br><br>${sentence}<br>${sentence}</div>`,
    );
    const index = indexParagraphs(d);
    const by = new Map(index.paragraphs.map((p) => [p.el.id, p]));
    expect(by.get('p1')?.holder).toBe(false);
    expect(by.get('b')?.holder).toBe(true);
    expect(index.density.get(d.getElementById('a')!)).toBeCloseTo(sentence.length * 2, -1);
    expect(index.density.get(d.getElementById('b')!)).toBeCloseTo(sentence.length * 3, -1);
  });

  it('counts each text once, less its links, and leaves out labels and headings', () => {
    const d = doc(
      `<div id="a"><h2>A heading that is long enough to count as prose</h2><div>Share</div>` +
        `<p>${sentence}<a href="#">a link of some length here</a></p><ul><li>${sentence}<ul><li>Nested item text</li></ul></li></ul></div>`,
    );
    const index = indexParagraphs(d);
    const tags = index.paragraphs.map((p) => p.el.localName).sort();
    expect(tags).toEqual(['li', 'li', 'p']);
    const p = index.paragraphs.find((x) => x.el.localName === 'p');
    expect(p?.length).toBe(sentence.length);
  });

  it('indexes one element’s subtree', () => {
    const d = doc(`<p>${sentence}</p><section id="s"><p>${sentence}</p></section>`);
    const index = indexParagraphs(d.getElementById('s')!);
    expect(index.paragraphs).toHaveLength(1);
  });

  it('counts nothing inside skipped parts, however deep, nor under a skipped scope', () => {
    const d = doc(
      `<div id="a"><p id="kept">${sentence}</p>` +
        `<nav><div><p>${sentence}</p></div></nav><aside><p>${sentence}</p></aside>` +
        `<div aria-hidden="true"><section><p>${sentence}</p><p>${sentence}</p></section></div>` +
        `<div><p id="after">${sentence}</p></div></div>` +
        `<footer id="f"><div id="in"><p>${sentence}</p></div></footer><p id="last">${sentence}</p>`,
    );
    const index = indexParagraphs(d);
    expect(index.paragraphs.map((p) => p.el.id)).toEqual(['kept', 'after', 'last']);
    expect(index.under.get(d.getElementById('a')!)).toBe(sentence.length * 2);
    expect(indexParagraphs(d.getElementById('in')!).paragraphs).toHaveLength(0);
    expect(index.skipped(d.getElementById('in')!)).toBe(true);
  });
});

describe('JSON-LD in a @graph', () => {
  it('finds a body set in <div>s and <br>s from its articleBody, its headline left out', () => {
    const body = [
      'Russian President Vladimir Putin said portions of the plan were unacceptable to Moscow.',
      'The talks in the Kremlin with the envoys lasted five hours and were described as difficult.',
      'Envoys were set to meet the chief negotiator of Ukraine in Miami later in the week.',
    ];
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'CRBC' },
        { '@type': 'WebPage', mainEntity: { '@id': '#a' } },
        {
          '@id': '#a',
          '@type': ['NewsArticle'],
          headline: 'Putin Rejects Parts Of Peace Plan',
          articleBody: body.join('\n\n'),
          author: { '@type': 'Person', name: 'Jane Roe' },
        },
      ],
    };
    const d = new DOMParser().parseFromString(
      `<!doctype html><html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body>` +
        `<div class="teasers"><div>Other story one with a long enough teaser line to count here.</div></div>` +
        `<div id="story"><h1>Putin Rejects Parts Of Peace Plan</h1><div class="by">Jane Roe · 4 Dec 2025</div>` +
        `<div id="body">${body.join('<br><br>')}</div></div></body></html>`,
      'text/html',
    );
    const located = locateArticle(d);
    expect(located.by).toBe('json-ld');
    const root = located.roots[0];
    expect(root.contains(d.getElementById('body'))).toBe(true);
    const text = buildTextMap(root, { skip: createStoryFilter(root).skip }).text;
    for (const line of body) expect(text).toContain(line);
    // The root takes in the headline (it bounds the story's header), and leaves it out.
    expect(root.contains(d.querySelector('h1'))).toBe(true);
    expect(text).not.toContain('Putin Rejects Parts Of Peace Plan');
    expect(text).not.toContain('Other story one');
    expect(text).not.toContain('Jane Roe');
  });
});
