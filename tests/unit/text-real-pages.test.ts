// @vitest-environment happy-dom
/**
 * Article roots and text maps on the 16 saved real news pages in ../shared. Each page's
 * expected.html is the article body as Readability extracts it; we measure which share of its
 * words our text map holds (recall) and which share of our words it holds (precision: a root
 * that is the whole page or a nav would have a low one). Skips where ../shared is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { locateArticle } from '../../lib/text/article-root';
import { buildTextMap } from '../../lib/text/text-map';

const REAL = resolve(import.meta.dirname, '../../../shared/fixtures/pages/real');
const present = existsSync(REAL);
if (!present) console.log(`skipping real-page text tests: ${REAL} is absent`);

/**
 * Bars set a little under what the current code reaches on every page (see the table printed
 * by the run), so a regression on any page fails.
 */
const MIN_RECALL = 0.98;
const MIN_PRECISION = 0.85;
const MAX_JOINED = 0.04;

/** Parse without running or loading anything: scripts are inert in DOMParser documents. */
function parse(html: string): Document {
  // Iframes and links are dropped: happy-dom reports each one it may not load; no story is in them.
  return new DOMParser().parseFromString(
    html.replace(/<iframe\b[\s\S]*?<\/iframe>|<link [^>]*>/gi, ''),
    'text/html',
  );
}

/** All text of a document, with a space between text nodes so block ends never join words. */
function plainText(doc: Document): string {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* text */);
  const parts: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push((n as Text).data);
  return parts.join(' ');
}

/** Words of four letters or more, lower-cased: short words match anywhere by chance. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 4);
}

function share(of: string[], inside: Set<string>): number {
  return of.length ? of.filter((w) => inside.has(w)).length / of.length : 0;
}

interface Row {
  page: string;
  by: string;
  root: string;
  recall: number;
  precision: number;
  headline: boolean;
  joined: string;
  chars: number;
}

const rows: Row[] = [];

describe.skipIf(!present)('article roots and text maps on the real pages (../shared)', () => {
  const pages = present
    ? readdirSync(REAL)
        .filter((d) => existsSync(resolve(REAL, d, 'source.html')))
        .sort()
    : [];

  afterAll(() => {
    if (rows.length)
      console.table(
        rows.map((r) => ({ ...r, recall: r.recall.toFixed(3), precision: r.precision.toFixed(3) })),
      );
  });

  it('has the 16 pages', () => expect(pages.length).toBe(16));

  it.each(pages)('%s: the root is the article and its map holds the expected text', (page) => {
    const doc = parse(readFileSync(resolve(REAL, page, 'source.html'), 'utf8'));
    const located = locateArticle(doc);
    const roots = located.roots;
    expect(roots.length).toBeGreaterThan(0);
    const root = roots[0];
    // Never a page part that is not the story.
    expect(
      root.closest('nav, footer, aside, [role="navigation"], [role="contentinfo"]'),
    ).toBeNull();
    expect(root.localName).not.toMatch(/^(body|html|header)$/);

    const map = buildTextMap(root);
    const expected = words(
      plainText(parse(readFileSync(resolve(REAL, page, 'expected.html'), 'utf8'))),
    );
    const ours = words(map.text);
    const recall = share(expected, new Set(ours));
    const precision = share(ours, new Set(expected));
    const id = root.id ? `#${root.id}` : '';
    const cls = root.classList.length ? `.${[...root.classList].slice(0, 2).join('.')}` : '';
    // Whether the story's headline made it in: most words of the metadata's or the page's title.
    const meta = JSON.parse(
      readFileSync(resolve(REAL, page, 'expected-metadata.json'), 'utf8'),
    ) as { title?: string };
    const mapWords = new Set(ours);
    const headline = [meta.title ?? '', doc.title].some((t) => share(words(t), mapWords) >= 0.8);
    // Words the map invents by joining two nodes that the page shows apart ("Talks" + "By"):
    // the same nodes joined with spaces must hold every word of the map, bar true inline joins.
    const spaced = new Set(words(map.nodes.map((n) => n.data).join(' ')));
    const joined = ours.filter((w) => !spaced.has(w));
    rows.push({
      page,
      by: located.by ?? '',
      root: `${root.localName}${id}${cls}`.slice(0, 50),
      recall,
      precision,
      headline,
      joined: `${joined.length}/${ours.length}`,
      chars: map.text.length,
    });
    if (joined.length) console.log(page, 'joined:', joined.slice(0, 10));
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
    // Inline elements styled as blocks (NDTV's table cells, Reuters' hidden breakpoint labels)
    // are joined: tag names cannot see CSS. Keep that rare.
    expect(joined.length / Math.max(1, ours.length)).toBeLessThan(MAX_JOINED);
    expect(precision).toBeGreaterThanOrEqual(MIN_PRECISION);
  });
});
