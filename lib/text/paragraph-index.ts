/**
 * Paragraph text per element, computed once per page so every way of finding the article
 * (JSON-LD, itemprop, <article>, main, density) is a lookup rather than a fresh
 * querySelectorAll over its subtree: one pass over the page's text, then map reads. Pages can
 * be 2 MB; nested candidates would otherwise make the search quadratic.
 *
 * A paragraph is the text a block element holds itself (its text nodes and inline elements,
 * not its child blocks). Sites set paragraphs in <p>, but also in <div>s, in spans separated
 * by <br>s, or as bare text between <br>s: all of them count, so the markup of a story does
 * not decide whether it is found.
 */
import { isBlockElement } from './block-tags';
import { createSkippedTest, isSkippable } from './skip-rules';

export interface Paragraph {
  /** The block whose own text this is. */
  el: Element;
  /** Its prose length: text less link text. */
  length: number;
  /**
   * True when the block holds several runs of text itself (text between <br>s, or beside
   * child blocks): it is then the container of those paragraphs, not one of them.
   */
  holder: boolean;
}

export interface ParagraphIndex {
  /** Counted paragraphs, with their prose length. */
  paragraphs: Paragraph[];
  /** Prose length of the counted paragraphs under each element (a holder counts for itself). */
  under: Map<Element, number>;
  /**
   * Readability's idea, simplified: a paragraph scores fully for its parent and half for its
   * grandparent, so the element that directly holds the story's paragraphs wins over wrappers.
   * A holder of runs scores fully for itself and half for its parent.
   */
  density: Map<Element, number>;
  /** True when the element or one of its ancestors is skippable (memoised). */
  skipped(el: Element): boolean;
}

/**
 * Blocks whose own text is never story prose for finding the article: headings, captions,
 * table cells (data, not paragraphs), list and definition containers, the page itself.
 */
const NOT_PARAGRAPH = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hgroup',
  'figure',
  'figcaption',
  'caption',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'dl',
  'dt',
  'ul',
  'ol',
  'menu',
  'legend',
  'summary',
  'html',
  'body',
]);

/** Tags that are paragraphs however short they are; other blocks need MIN_BLOCK_PROSE. */
const PARAGRAPH_TAGS = new Set(['p', 'li']);
/** A <div> or <span> run shorter than this is a label or a date, not a paragraph (Readability's 25). */
const MIN_BLOCK_PROSE = 25;

// NodeFilter's constants, written out: the global is missing in some test environments.
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;
const NON_SPACE = /\S/;

interface Own {
  total: number;
  links: number;
}

interface Resolved {
  /** The nearest block ancestor (or the scope's top), null when there is none. */
  block: Element | null;
  inLink: boolean;
}

/** True when the block has a <br> or block child: its own text is then several runs. */
function holdsRuns(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling)
    if (c.localName === 'br' || isBlockElement(c)) return true;
  return false;
}

/**
 * Indexes a document (from its body) or one element's subtree in steps: `step` walks the
 * page's text until `outOfTime` says so and returns true once it has walked it all, so a page
 * of megabytes is read over several tasks; `result` then sums what was read.
 */
export interface ParagraphIndexer {
  step(outOfTime: () => boolean): boolean;
  result(): ParagraphIndex;
}

/** Text nodes read between two looks at the clock. */
const CLOCK_EVERY = 256;

export function createParagraphIndexer(scope: Document | Element): ParagraphIndexer {
  const doc = scope.nodeType === 9 ? (scope as Document) : (scope as Element).ownerDocument;
  const top = scope.nodeType === 9 ? (doc.body ?? doc.documentElement) : (scope as Element);
  const skipped = createSkippedTest();
  const index: ParagraphIndex = { paragraphs: [], under: new Map(), density: new Map(), skipped };
  const own = new Map<Element, Own>();
  // Consecutive text nodes mostly share a parent; each parent is resolved once.
  const resolved = new Map<Element, Resolved>();
  const resolve = (parent: Element): Resolved => {
    let inLink = false;
    for (let e: Element | null = parent; e; e = e.parentElement) {
      if (e.localName === 'a') inLink = true;
      if (isBlockElement(e) || e === top) return { block: e, inLink };
    }
    return { block: null, inLink };
  };
  // Under a skipped element everything is skipped. Skipped subtrees (navigation, footers,
  // scripts, media) are never entered: the page's furniture is often as large as its story,
  // and every node read costs time and memory. So every text node the walk returns has no
  // skipped ancestor.
  const walker =
    top && !skipped(top)
      ? doc.createTreeWalker(top, SHOW_ELEMENT_AND_TEXT, {
          acceptNode: (node) =>
            node.nodeType !== 1
              ? FILTER_ACCEPT
              : isSkippable(node as Element)
                ? FILTER_REJECT
                : FILTER_SKIP,
        })
      : null;
  let walked = !walker;
  let summed: ParagraphIndex | null = null;
  return {
    step(outOfTime) {
      let read = 0;
      while (!walked) {
        const n = walker!.nextNode();
        if (!n) return (walked = true);
        const data = (n as Text).data;
        // Indentation between tags, most of a page's text nodes: nothing to count, no parent
        // to read.
        if (NON_SPACE.test(data)) {
          const parent = n.parentElement;
          let r = parent && resolved.get(parent);
          if (parent && !r) resolved.set(parent, (r = resolve(parent)));
          if (r?.block) {
            let o = own.get(r.block);
            if (!o) own.set(r.block, (o = { total: 0, links: 0 }));
            o.total += data.length;
            if (r.inLink) o.links += data.length;
          }
        }
        if (++read % CLOCK_EVERY === 0 && outOfTime()) return false;
      }
      return true;
    },
    result: () => (summed ??= sumParagraphs(index, own)),
  };
}

/** The paragraphs of a document (from its body) or of one element's subtree, in one go. */
export function indexParagraphs(scope: Document | Element): ParagraphIndex {
  const indexer = createParagraphIndexer(scope);
  indexer.step(() => false);
  return indexer.result();
}

/**
 * Prose under each element: sums start at the paragraphs' parents (a holder's own self) and
 * are carried up one level at a time, siblings merged on the way, so a shared ancestor is
 * updated about once rather than once per paragraph below it.
 */
function sumParagraphs(index: ParagraphIndex, own: Map<Element, Own>): ParagraphIndex {
  let level = new Map<Element, number>();
  const add = (map: Map<Element, number>, el: Element | null, n: number) => {
    if (el) map.set(el, (map.get(el) ?? 0) + n);
  };
  for (const [el, { total, links }] of own) {
    const name = el.localName;
    if (NOT_PARAGRAPH.has(name)) continue;
    const length = total - links;
    if (length <= 0 || (!PARAGRAPH_TAGS.has(name) && length < MIN_BLOCK_PROSE)) continue;
    const holder = name !== 'p' && name !== 'li' && holdsRuns(el);
    index.paragraphs.push({ el, length, holder });
    const first = holder ? el : el.parentElement;
    // Density looks at paragraphs, not list items: a long bullet list is part of a story,
    // never all of it.
    if (name !== 'li') {
      add(index.density, first, length);
      add(index.density, first?.parentElement ?? null, length / 2);
    }
    add(level, first, length);
  }
  while (level.size) {
    const next = new Map<Element, number>();
    for (const [el, sum] of level) {
      index.under.set(el, (index.under.get(el) ?? 0) + sum);
      const up = el.parentElement;
      if (up) next.set(up, (next.get(up) ?? 0) + sum);
    }
    level = next;
  }
  return index;
}

/** The candidate with the most paragraph text, if it has at least `min`; never a skipped one. */
export function bestByText(
  index: ParagraphIndex,
  candidates: Iterable<Element>,
  min: number,
): Element | null {
  let best: Element | null = null;
  let bestScore = min - 1;
  for (const el of candidates) {
    const score = index.under.get(el) ?? 0;
    if (score > bestScore && !index.skipped(el)) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}
