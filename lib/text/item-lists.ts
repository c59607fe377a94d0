import type { SubtreeLengths } from './subtree-lengths';

/**
 * Lists of other things set inside a story's root, told by the shape of their items rather
 * than by their class: a slideshow's captions, each item opening with its place in the show
 * ("1/50", "2 of 50"), and a recirculation list, each item a linked headline over its summary.
 * Either may hold more prose than the story itself (fifty captions, two dozen summaries), so
 * the guard that keeps an element holding much of the root's prose does not keep them.
 */

/** Items looked at: the first few decide, so a story's body is passed over at its first `<p>`. */
const ITEMS_LOOKED_AT = 4;
const MIN_ITEMS = 3;
/** A slide's place in its show, where its item's text starts: "1/50", "2 of 50", "3 / 50". */
const SLIDE_NUMBER = /^\s*(\d{1,3})\s*(?:\/|of)\s*(\d{1,3})(?!\d)/i;
/** A headline is linked when its links hold this share of its text. */
const LINKED_SHARE = 0.9;
const HEADINGS = 'h2, h3, h4, h5, h6';
/** A teaser's summary is at most this long, and a slide or a card, headline and all, this. */
const MAX_SUMMARY_CHARS = 500;
const MAX_ITEM_CHARS = 1000;

/** Items numbered 1/N, 2/N, 3/N … in a row. */
function isSlideshow(items: Element[]): boolean {
  let k = 0;
  let n = 0;
  for (const item of items) {
    const m = SLIDE_NUMBER.exec(item.textContent ?? '');
    if (!m || +m[2] < MIN_ITEMS || +m[1] > +m[2] || (k && (+m[2] !== n || +m[1] !== k + 1)))
      return false;
    k = +m[1];
    n = +m[2];
  }
  return true;
}

/**
 * 'gallery' for a slideshow's captions; 'related' for a list of teaser cards, items holding a
 * headline that is one link (another page's) over a summary (not items that are one: a live
 * blog's post under its linked headline runs longer than a summary); else null.
 */
export function itemListReason(
  el: Element,
  lengthsOf: (el: Element) => SubtreeLengths,
): string | null {
  if (el.childElementCount < MIN_ITEMS) return null;
  const items: Element[] = [];
  for (
    let c = el.firstElementChild;
    c && items.length < ITEMS_LOOKED_AT;
    c = c.nextElementSibling
  ) {
    const { text } = lengthsOf(c);
    // Slides and cards are short: a long item (a story's body, a section) ends the question
    // before its text is read or its subtree searched.
    if (text > MAX_ITEM_CHARS) return null;
    if (text) items.push(c);
  }
  if (items.length < MIN_ITEMS) return null;
  if (isSlideshow(items)) return 'gallery';
  const isCard = (item: Element) => {
    const heading = item.querySelector(HEADINGS);
    const h = heading && lengthsOf(heading);
    return (
      !!h?.text &&
      h.links >= h.text * LINKED_SHARE &&
      lengthsOf(item).text - h.text <= MAX_SUMMARY_CHARS
    );
  };
  return items.every(isCard) ? 'related' : null;
}
