// @vitest-environment happy-dom
/**
 * The reference article (CRBC News, 4 Dec 2025): the page the product is first judged on.
 * Run on the saved page in ../shared and on the project's own demo copy of it, so the checks
 * still run where ../shared is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { locateArticle } from '../../lib/text/article-root';
import { buildTextMap, offsetAt, rangeFor, type TextMap } from '../../lib/text/text-map';
import { SHARED_DIR } from '../../scripts/harness/paths';

const SHARED_PAGE = resolve(SHARED_DIR, 'fixtures/pages/crbc-putin-peace-plan.html');
const DEMO_PAGE = resolve(import.meta.dirname, '../../demo/index.html');
if (!existsSync(SHARED_PAGE))
  console.log(`skipping the saved reference article: ${SHARED_PAGE} is absent`);

const HEADLINE =
  "Putin Says Parts Of U.S. Peace Plan 'Unacceptable,' Signaling Deal Is Distant After Five-Hour Moscow Talks";

function load(path: string) {
  // No stylesheet loads: happy-dom reports each one it may not fetch.
  document.open();
  document.write(readFileSync(path, 'utf8').replace(/<link [^>]*>/g, ''));
  document.close();
}

function mapOfPage(): TextMap {
  const { roots } = locateArticle(document);
  return buildTextMap(roots[0]);
}

describe.each([
  { name: 'saved page (../shared)', path: SHARED_PAGE },
  { name: 'demo copy', path: DEMO_PAGE },
])('reference article: $name', ({ path }) => {
  beforeEach(() => load(path));

  it.skipIf(!existsSync(path))('has the <article> as its one root', () => {
    const { roots, by } = locateArticle(document);
    expect(roots).toEqual([document.querySelector('article')]);
    expect(by).toBe('article'); // JSON-LD declares a NewsArticle but has no articleBody
  });

  it.skipIf(!existsSync(path))(
    'maps the story, headline included, and none of the page around it',
    () => {
      const { text } = mapOfPage();
      for (const phrase of [
        'Kryvyi Rih',
        '138 drones',
        'Vladimir Saldo',
        'Rustem Umerov',
        HEADLINE,
      ])
        expect(text).toContain(phrase);
      for (const phrase of [
        'Business',
        'Privacy',
        'Terms',
        'Similar Articles',
        'World',
        'CRBC News. All rights',
      ])
        expect(text).not.toContain(phrase);
    },
  );

  it.skipIf(!existsSync(path))(
    'separates the headline from the byline and each paragraph from the next',
    () => {
      const { text } = mapOfPage();
      expect(text).toContain(`Five-Hour Moscow Talks\nBy CRBC News staff`);
      expect(text).toContain('damage.\nPutin Rejects Portions');
      expect(text).toContain('warming tents.\nOdesa was hit');
    },
  );

  it.skipIf(!existsSync(path))('gives a range over exactly "Rustem Umerov", and back', () => {
    const map = mapOfPage();
    const start = map.text.indexOf('Rustem Umerov');
    const end = start + 'Rustem Umerov'.length;
    const range = rangeFor(map, start, end);
    expect(range?.toString()).toBe('Rustem Umerov');
    expect(offsetAt(map, range!.startContainer, range!.startOffset)).toBe(start);
    expect(offsetAt(map, range!.endContainer, range!.endOffset)).toBe(end);
  });

  it.skipIf(!existsSync(path))(
    'gives a range across two text nodes ("<strong>Overview:</strong> Russian")',
    () => {
      const map = mapOfPage();
      const start = map.text.indexOf('Overview: Russian');
      const end = start + 'Overview: Russian'.length;
      const range = rangeFor(map, start, end)!;
      expect(range.toString()).toBe('Overview: Russian');
      expect(range.startContainer).not.toBe(range.endContainer);
      expect(range.startContainer.parentElement?.localName).toBe('strong');
      expect(offsetAt(map, range.startContainer, range.startOffset)).toBe(start);
      expect(offsetAt(map, range.endContainer, range.endOffset)).toBe(end);
    },
  );

  it.skipIf(!existsSync(path))('round-trips every offset of every mapped node', () => {
    const map = mapOfPage();
    map.nodes.forEach((node, i) => {
      expect(map.text.slice(map.starts[i], map.starts[i] + node.data.length)).toBe(
        node.data.replace(/[\n\r\t\f\v]/g, ' '),
      );
      for (const at of [0, node.data.length >> 1, node.data.length])
        expect(offsetAt(map, node, at)).toBe(map.starts[i] + at);
    });
  });
});
