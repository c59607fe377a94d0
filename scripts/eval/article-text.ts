/**
 * The one definition of "the article text" that page labels are offsets into: the text of a
 * fixture's `expected.html` (for the reference article, its `<article>` element). Block
 * elements, table cells and `<br>` end a line; other whitespace collapses to one space; lines
 * are trimmed and empty ones dropped. Labels, the page evaluation and the unit tests all call
 * this, so an offset means the same thing everywhere.
 */
import { Window } from 'happy-dom';

/** Elements whose text is never article text. */
export const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'SVG',
  'HEAD',
]);

/** Elements that start and end a line. */
export const BLOCKS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR CAPTION DD DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER ' +
    'FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TBODY TD TFOOT TH THEAD TR UL'
  ).split(' '),
);

function collect(node: Node, out: string[]): void {
  if (node.nodeType === 3) {
    out.push((node as Text).data.replace(/\s+/g, ' '));
    return;
  }
  if (node.nodeType !== 1) return;
  const tag = (node as Element).tagName.toUpperCase();
  if (SKIPPED.has(tag)) return;
  const block = BLOCKS.has(tag);
  if (block) out.push('\n');
  for (let child = node.firstChild; child; child = child.nextSibling) collect(child, out);
  if (block) out.push('\n');
}

/** Normalise collected pieces: one line per block, trimmed, no empty lines. */
function lines(pieces: string[]): string {
  return pieces
    .join('')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** The article text of an HTML document or fragment; `selector` picks the root (default body). */
export function articleText(html: string, selector?: string): string {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    const root = (selector ? doc.querySelector(selector) : doc.body) ?? doc.documentElement;
    const out: string[] = [];
    collect(root as unknown as Node, out);
    return lines(out);
  } finally {
    void window.happyDOM.close();
  }
}
