/**
 * Runs the page pipeline once on a small made-up article while the page is still being parsed.
 *
 * A content script starts cold in every tab: each function is compiled on its first call and
 * runs unoptimised with empty inline caches. Doing it once on a sample before the article
 * exists moves that cost to a moment when the page's own main thread mostly waits for the
 * network, so the reader's first highlights come sooner: on the real fixture pages
 * (`npm run bench:page`) the first highlight came at about 6.5 ms after DOMContentLoaded
 * without it and 4 to 5 ms with it (medians). It costs about 6 ms, counted in our main-thread
 * figures like any other work.
 *
 * The sample lives in a document of its own (never the page's), built with DOM calls rather
 * than HTML parsing so pages with Trusted Types allow it. Nothing here is kept afterwards.
 */
import { prepare, finish } from '../../lib/recognize/recognize';
import { splitBlocks } from '../../lib/recognize/blocks';
import type { EntityHit } from '../../lib/types/mention';
import { findArticleRoots } from '../../lib/text/article-root';
import { buildTextMap, rangeFor } from '../../lib/text/text-map';

const HEADLINE = 'Drone strikes hit Kryvyi Rih as talks resume in Geneva';
/** Names, short forms, a role, counts, money and a date: the paths a real article takes. */
const PARAGRAPHS = [
  'KYIV, Ukraine — Russia launched 138 drones and two missiles overnight, the Ukrainian air force said on Tuesday, as Rustem Umerov, Ukraine’s chief negotiator, arrived in Geneva.',
  'Umerov told reporters that the talks, hosted by the United Nations, would last three days. About 1,200 people were evacuated from Kryvyi Rih, officials said, and damage was put at $4.5 million.',
  'RIA Novosti, the Russian state news agency, quoted Dmitry Peskov as saying that 12% of the proposals were acceptable to Moscow.',
];
const KNOWN: Record<string, EntityHit[]> = {
  'rustem umerov': [{ id: 'warm-up:umerov', type: 'person', name: 'Rustem Umerov', prominence: 1 }],
  'kryvyi rih': [{ id: 'warm-up:kryvyi-rih', type: 'place', name: 'Kryvyi Rih', prominence: 1 }],
  geneva: [{ id: 'warm-up:geneva', type: 'place', name: 'Geneva', prominence: 1 }],
  'ria novosti': [{ id: 'warm-up:ria', type: 'org', name: 'RIA Novosti', prominence: 1 }],
};
/**
 * The first round compiles; the next ones fill the inline caches and get the regular
 * expressions compiled to machine code. Measured in Node: after four rounds the sample runs at
 * its steady speed (0.1 ms), after two it still took 2 ms.
 */
const ROUNDS = 4;

function sampleDocument(doc: Document): Document {
  const sample = doc.implementation.createHTMLDocument(HEADLINE);
  const article = sample.createElement('article');
  const h1 = sample.createElement('h1');
  h1.textContent = HEADLINE;
  article.append(h1);
  // V8 compiles a regular expression separately for one-byte (ASCII/Latin-1) and two-byte
  // strings, and real pages have both kinds of paragraph: warm both.
  for (const text of [...PARAGRAPHS, ...PARAGRAPHS.map((p) => p.replace(/[’]/g, "'").replace(/—/g, '-'))]) {
    const p = sample.createElement('p');
    p.textContent = text;
    article.append(p);
  }
  sample.body.append(article);
  return sample;
}

/** Exercise root finding, the text map, blocks, preparation, matching and ranges; never throws. */
export function warmUp(doc: Document): void {
  try {
    const sample = sampleDocument(doc);
    const lookup = (key: string) => KNOWN[key];
    for (let round = 0; round < ROUNDS; round++) {
      for (const root of findArticleRoots(sample)) {
        const map = buildTextMap(root);
        for (const block of splitBlocks(map.text)) {
          for (const m of finish(prepare(block.text), lookup, new Map())) rangeFor(map, block.start + m.start, block.start + m.end);
        }
      }
    }
  } catch {
    // Only a head start: the real run does the same work and reports its own errors.
  }
}
