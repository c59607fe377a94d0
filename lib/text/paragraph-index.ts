/**
 * Paragraph text per element, computed once per page so every way of finding the article
 * (JSON-LD, itemprop, <article>, main, density) is a lookup rather than a fresh
 * querySelectorAll over its subtree: one pass over the paragraphs, then map reads. Pages can
 * be 2 MB; nested candidates would otherwise make the search quadratic.
 */
import { createSkippedTest } from './skip-rules';

export interface ParagraphIndex {
  /** Counted paragraphs (all <p>s, then leaf <li>s), with their prose length. */
  paragraphs: { el: Element; length: number }[];
  /** Prose length of the counted paragraphs under each element (its ancestors only). */
  under: Map<Element, number>;
  /**
   * Readability's idea, simplified: a paragraph scores fully for its parent and half for its
   * grandparent, so the element that directly holds the story's paragraphs wins over wrappers.
   */
  density: Map<Element, number>;
  /** True when the element or one of its ancestors is skippable (memoised). */
  skipped(el: Element): boolean;
}

/**
 * Prose length of a paragraph: its text less its link text, so a list of links dressed as
 * paragraphs (related stories, tag clouds) scores little. Whitespace counts; it is small.
 */
function proseLength(p: Element): number {
  const total = p.textContent?.length ?? 0;
  if (!total) return 0;
  let links = 0;
  for (const a of p.getElementsByTagName('a')) links += a.textContent?.length ?? 0;
  return Math.max(0, total - links);
}

export function indexParagraphs(doc: Document): ParagraphIndex {
  const skipped = createSkippedTest();
  const index: ParagraphIndex = { paragraphs: [], under: new Map(), density: new Map(), skipped };
  // List items count like paragraphs (article bodies have lists), but only leaf ones, so that
  // text in a <p> inside an <li>, or in a nested list, is not counted twice. Candidates by tag
  // name, not querySelectorAll('p, li'): far faster in some engines; the order does not matter.
  const leaf = (li: Element) => !li.querySelector('p, li');
  // The skip test comes first: it is memoised along ancestors, while reading a paragraph's text
  // builds a string (menus and footers hold hundreds of list items).
  const count = (el: Element) => {
    if (skipped(el)) return;
    const length = proseLength(el);
    if (!length) return;
    index.paragraphs.push({ el, length });
    const parent = el.parentElement;
    // Density looks at <p> only: a long bullet list is part of a story, never all of it.
    if (parent && el.localName === 'p')
      index.density.set(parent, (index.density.get(parent) ?? 0) + length);
    const grandparent = parent?.parentElement;
    if (grandparent && el.localName === 'p')
      index.density.set(grandparent, (index.density.get(grandparent) ?? 0) + length / 2);
    if (parent) level.set(parent, (level.get(parent) ?? 0) + length);
  };
  // Prose under each element: sums start at the paragraphs' parents and are carried up one
  // level at a time, siblings merged on the way, so a shared ancestor is updated about once
  // rather than once per paragraph below it.
  let level = new Map<Element, number>();
  for (const p of doc.getElementsByTagName('p')) count(p);
  for (const li of doc.getElementsByTagName('li')) if (!skipped(li) && leaf(li)) count(li);
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
