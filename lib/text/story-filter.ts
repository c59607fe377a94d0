/**
 * What inside the article root is not the story. The root finder picks the element that holds
 * the story, but that element also holds galleries, related-story lists, bylines, captions,
 * share bars, sign-up prompts, ads and players; their names are not the story's, and a reader
 * does not expect them highlighted. Each element the text map walks into is judged once, top
 * down, and a rejected one takes its whole subtree with it. Markup is asked first, in order:
 *
 * 1. its kind: figures with a picture, captions, forms, author addresses, widget roles;
 * 2. the words of its class, id and labels (story-vocabulary.ts);
 * 3. link density: a container whose text is mostly links is a list of other stories, and a
 *    paragraph that is one link is a teaser;
 * 4. repeated short items (a menu, a control bar) and boxes that are mostly numbers (a live
 *    tracker's counts, a table of figures); lists told by their items' shape, a slideshow's
 *    numbered captions or teaser cards (item-lists.ts), asked before the others since no
 *    share of prose keeps them;
 * 5. its text, when short: a byline or credit line (byline-text.ts), a line naming the story's
 *    author, a correction or age notice (notice-text.ts), a caption set after its picture
 *    (picture-caption.ts);
 *
 * 6. its place: set between the headline and the story's paragraphs, outside them, it is the
 *    story's header (standfirst, deck, date: story-header.ts);
 *
 * and before all of them, the headline itself: the page's title again, which Readability
 * keeps apart from the story's text;
 *
 * then, only for what markup keeps and that holds text, whether it is hidden: an inline or
 * computed style that hides it (visibility.ts). A style read may make the browser compute the
 * page's styles on the spot, so it comes last and is skipped wherever markup decides.
 *
 * No rule ever removes the story itself: an element holding the densest block of paragraphs,
 * a large share of the root's prose or the headline's box is kept whatever its class says (a body
 * marked "article-body has-share-bar" is still the body). Inline elements inside running text
 * (a link to a topic page mid-sentence) are judged by kind and style only, so a sentence never
 * loses a word.
 */
import type { PageReading } from './article-root';
import { isBlockElement } from './block-tags';
import { isCreditText, MAX_CREDIT_CHARS, namesAuthor } from './byline-text';
import { isDateLine } from './date-line';
import { findHeadline } from './headline';
import { readJsonLdArticle, type JsonLdArticle } from './json-ld';
import { isNoticeText } from './notice-text';
import { indexParagraphs, type ParagraphIndex } from './paragraph-index';
import { itemListReason } from './item-lists';
import { isCaptionAfterPicture, MAX_PICTURE_CAPTION_CHARS } from './picture-caption';
import { createSkippedTest, isSkippable } from './skip-rules';
import { storyHeader } from './story-header';
import { createSubtreeLengths, type SubtreeLengths } from './subtree-lengths';
import { kindReason, vocabularyReason } from './element-reasons';
import { computedStyleOf, createVisibilityTest, type StyleOf } from './visibility';

export interface StoryFilterOptions {
  /**
   * The computed style of an element; by default the page's. Null reads inline styles only
   * (test DOMs whose style engine is too slow for whole saved pages).
   */
  styleOf?: StyleOf | null;
  /** The story's authors; by default those its JSON-LD names. */
  authors?: readonly string[];
  /**
   * What finding the root read of the page (its paragraph index, JSON-LD and headline), reused
   * rather than read again: for a root found in the same task or the one before, while the page
   * stays as it was read (a live page that changes is read again as a whole).
   */
  reading?: PageReading;
}

export interface StoryFilter {
  /** What the element (and its subtree) is, when it is not the story ('byline', 'hidden', …); null when it may be. */
  reasonFor(el: Element): string | null;
  /** The text map's skip test: the skip rules, then `reasonFor`. */
  skip(el: Element): boolean;
  /**
   * Sum the text lengths of the root's subtrees ahead of the questions that need them, until
   * `outOfTime`; true once all are summed. Optional: asked first, a box holding megabytes
   * (a long article's body) sums them in one long task.
   */
  prepare(outOfTime: () => boolean): boolean;
}

/** A subtree holding this share of the root's paragraph prose is part of the story. */
const PROTECTED_SHARE = 0.3;
/** Link text above this share makes a container a list of links. */
const MAX_CONTAINER_LINK_SHARE = 0.5;
/** A paragraph or list item whose text is this much link is a link, not prose. */
const MAX_PARAGRAPH_LINK_SHARE = 0.9;
/** …or mostly link with only a lead-in of its own ("Read more: …", "Lire aussi : …"). */
const LEAD_IN_LINK_SHARE = 0.6;
const MAX_LEAD_IN_CHARS = 20;
/** An inline element holding this share of its block's text stands for the block. */
const STANDS_ALONE_SHARE = 0.5;

/** Containers judged by link density (their text is whatever their children hold). */
const CONTAINERS = new Set([
  'div',
  'section',
  'ul',
  'ol',
  'dl',
  'table',
  'article',
  'header',
  'span',
  'figure',
  'details',
]);
/** Containers whose items' shape may make them a slideshow or a list of teasers (item-lists.ts). */
const ITEM_LISTS = new Set(['div', 'section', 'ul', 'ol']);
/** Containers of short items judged as a menu (lists are left to link density: a story's own list may be short). */
const MENU_CONTAINERS = new Set(['div', 'section', 'span', 'header', 'details']);
/** An item this short is a label or a control ("Full Screen", "Autoplay", "28,25,140Cases"). */
const MAX_MENU_ITEM_CHARS = 30;
/** Items in a row that make a menu. */
const MIN_MENU_ITEMS = 3;
/**
 * Boxes judged by how much of their text is digits: a live tracker's counts, a scoreboard, a
 * table of figures. Prose carries a few numbers a sentence; such a box one for every label.
 * Lists are left out (a story's own list of figures is short), and so is a paragraph: only a
 * box of two or more blocks is a panel.
 */
const DATA_CONTAINERS = new Set(['div', 'section', 'table', 'dl', 'details']);
const MIN_DATA_SHARE = 0.15;
const MIN_DATA_CHARS = 100;
const MIN_DATA_BLOCKS = 2;
/** Single lines judged by whether they are one link. The <h1> is the headline, links or not. */
const LINES = new Set(['p', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'dd', 'dt']);
const NON_SPACE = /\S/;
/**
 * A line that only counts page things: a gallery's "1 of 24" or "1 / 5", "( 3 images )",
 * "941 comments", "5 Min Read". Its number is not a figure of the story.
 */
const COUNTER =
  /^\s*\(?\s*(?:\d+\s*(?:of|\/)\s*\d+|\d[\d,.]*\s+(?:images?|photos?|pictures?|slides?|videos?|comments?|replies|shares|min(?:ute)?s?\s+read))\s*\)?\s*$/i;
const MAX_COUNTER_CHARS = 40;
/**
 * How every line COUNTER matches starts: a digit, after an opening bracket at most. Checked
 * first, so that COUNTER (compiled to machine code once it has run a few times, code that stays
 * in the page's heap) runs only on lines that may be counters.
 */
const COUNTER_START = /^\s*\(?\s*\d/;
/** Elements this short are also judged by their text. */
const MAX_SHORT_CHARS = Math.max(MAX_CREDIT_CHARS, MAX_PICTURE_CAPTION_CHARS);
/** Attributes a site's CSS or script can hide an element by. */
const STYLED = ['class', 'id', 'style'];

interface Guard {
  index: ParagraphIndex;
  /** The element directly holding the most paragraph prose. */
  holder: Element | null;
  prose: number;
  headline: Element | null;
}

function storyAuthors(doc: Document, ld: JsonLdArticle): string[] {
  const names = [...(ld.authors ?? [])];
  for (const meta of doc.querySelectorAll('meta[name="author"], meta[property="article:author"]')) {
    const name = meta.getAttribute('content')?.replace(/\s+/g, ' ').trim();
    if (name && name.includes(' ') && !/[/:]/.test(name) && !names.includes(name)) names.push(name);
  }
  return names;
}

/** The story filter of one article root. Cheap to make: its work is done as elements are asked about. */
export function createStoryFilter(root: Element, options: StoryFilterOptions = {}): StoryFilter {
  const doc = root.ownerDocument;
  const styleOf = options.styleOf === undefined ? computedStyleOf(doc) : options.styleOf;
  let visibility: ReturnType<typeof createVisibilityTest> | null = null;
  // A DOM without layout gives every box a zero size: sizes then say nothing. Asked only when a
  // size is needed, since the question lays the page out.
  const hasLayout = () => {
    try {
      const box = root.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    } catch {
      return false; // no layout
    }
  };
  const visibilityTest = () => (visibility ??= createVisibilityTest(styleOf, hasLayout));

  const lengths = createSubtreeLengths(root, isSkippable);
  const lengthsOf = lengths.of;

  let ld: JsonLdArticle | null = options.reading?.ld ?? null;
  const ldOf = (): JsonLdArticle => {
    if (!ld) {
      try {
        ld = readJsonLdArticle(doc);
      } catch {
        ld = { declared: false, bodies: [], headlines: [] };
      }
    }
    return ld;
  };

  let guard: Guard | null = null;
  const guardOf = (): Guard => {
    if (!guard) {
      // The page's index holds the same counts for the root's elements as the root's own.
      const index = options.reading?.index ?? indexParagraphs(root);
      let holder: Element | null = null;
      let best = 0;
      for (const [el, score] of index.density)
        if (score > best && (el === root || root.contains(el))) {
          holder = el;
          best = score;
        }
      guard = {
        index,
        holder,
        prose: index.under.get(root) ?? 0,
        // The page's own headline, not the first <h1>: a slideshow may set captions in <h1>s.
        headline: options.reading
          ? options.reading.headline
          : findHeadline(doc, ldOf().headlines, createSkippedTest()),
      };
    }
    return guard;
  };
  const isStory = (el: Element): boolean => {
    const g = guardOf();
    if (g.holder && el.contains(g.holder)) return true;
    if (g.headline && el.contains(g.headline)) return true;
    return g.prose > 0 && (g.index.under.get(el) ?? 0) >= g.prose * PROTECTED_SHARE;
  };

  let header: Set<Element> | null = null;
  const headerOf = (): Set<Element> => {
    if (!header) {
      const g = guardOf();
      header = storyHeader({
        root,
        // A headline reworded from the page's title is still the root's first <h1>.
        headline: g.headline ?? root.querySelector('h1'),
        holder: g.holder,
        textOf: (el) => lengthsOf(el).text,
      });
    }
    return header;
  };

  /**
   * The headline as shown: the one found from the page's title or, for a headline reworded from
   * it, the root's first <h1> when it comes before the story's paragraphs. Never one holding them.
   */
  let shown: Element | null | undefined;
  const headlineOf = (): Element | null => {
    if (shown === undefined) {
      const { headline, holder } = guardOf();
      let el = headline;
      if (!el) {
        const first = root.querySelector('h1');
        // DOCUMENT_POSITION_FOLLOWING: the holder comes after it.
        el = first && holder && first.compareDocumentPosition(holder) & 4 ? first : null;
      }
      shown = el && !(holder && el.contains(holder)) ? el : null;
    }
    return shown;
  };

  let authors: readonly string[] | null = options.authors ?? null;
  const authorsOf = () => (authors ??= storyAuthors(doc, ldOf()));

  /**
   * Repeated short items: a box of three or more children, each a few characters with no
   * sentence in it, is a menu, a toolbar or a counter panel.
   */
  const isMenu = (el: Element): boolean => {
    let items = 0;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (isSkippable(c)) continue;
      const { text } = lengthsOf(c);
      if (!text) continue;
      if (text > MAX_MENU_ITEM_CHARS || c.localName === 'p') return false;
      if (/[.!?]["”’]?\s*$/.test(c.textContent ?? '')) return false;
      items++;
    }
    // Text of its own between the items is running text, not a menu.
    for (let c = el.firstChild; c; c = c.nextSibling)
      if (c.nodeType === 3 && NON_SPACE.test((c as Text).data)) return false;
    return items >= MIN_MENU_ITEMS;
  };

  /** A box of two or more blocks whose text is mostly numbers: a data panel, not prose. */
  const isDataPanel = (el: Element, { text, digits }: SubtreeLengths): boolean => {
    if (text < MIN_DATA_CHARS || digits < text * MIN_DATA_SHARE) return false;
    // A table's blocks are its rows, under the row groups the parser adds.
    if (el.localName === 'table') return (el as HTMLTableElement).rows.length >= MIN_DATA_BLOCKS;
    let blocks = 0;
    for (let c = el.firstElementChild; c && blocks < MIN_DATA_BLOCKS; c = c.nextElementSibling)
      if (isBlockElement(c) && lengthsOf(c).text > 0) blocks++;
    return blocks >= MIN_DATA_BLOCKS;
  };

  /** For an inline element: whether it holds most of its block's text (a line of its own). */
  const standsAlone = (el: Element): boolean => {
    let block: Element | null = el.parentElement;
    while (block && block !== root && !isBlockElement(block)) block = block.parentElement;
    if (!block) return true;
    const own = lengthsOf(el).text;
    return own > 0 && own >= lengthsOf(block).text * STANDS_ALONE_SHARE;
  };

  /** What a short element's text says it is: a credit, a counter, a notice, a caption. */
  const shortTextReason = (el: Element, block: boolean, text: number): string | null => {
    const line = el.textContent ?? '';
    if (text <= MAX_CREDIT_CHARS) {
      if (isCreditText(line) || isDateLine(line)) return 'byline';
      if (namesAuthor(line, authorsOf())) return 'byline'; // names the story's author
      if (text <= MAX_COUNTER_CHARS && COUNTER_START.test(line) && COUNTER.test(line))
        return 'counter';
      if (isNoticeText(line)) return 'notice'; // a correction or the article's age
    }
    if (block && isCaptionAfterPicture(el, line)) return 'caption'; // set after its picture
    return null;
  };

  /** What the element's markup says it is: its kind, its class words, its links, its text. */
  const markupReason = (el: Element, name: string): string | null => {
    const kind = kindReason(el);
    if (kind) return kind;
    const block = isBlockElement(el);
    if (!block && !standsAlone(el)) return null;
    const words = vocabularyReason(el);
    if (words) return words;
    const lengths = lengthsOf(el);
    const { text, links } = lengths;
    if (!text) return null;
    const share = links / text;
    if (CONTAINERS.has(name) || name.includes('-')) {
      if (share > MAX_CONTAINER_LINK_SHARE) return 'links'; // a list of other pages
    } else if (
      LINES.has(name) &&
      (share >= MAX_PARAGRAPH_LINK_SHARE ||
        (share >= LEAD_IN_LINK_SHARE && text - links <= MAX_LEAD_IN_CHARS))
    )
      return 'teaser';
    if (MENU_CONTAINERS.has(name) && isMenu(el)) return 'menu'; // a menu, a control bar, a counter panel
    if (DATA_CONTAINERS.has(name) && isDataPanel(el, lengths)) return 'data'; // a tracker, a table of figures
    return text <= MAX_SHORT_CHARS ? shortTextReason(el, block, text) : null;
  };

  const reasonFor = (el: Element): string | null => {
    if (el === root) return null;
    // The headline is the page's title, read again: Readability moves it out of the story into
    // its metadata, and its names are the body's, where a card has their sentence. Headline
    // case is also where a capitalised word says least about being a name.
    if (el === headlineOf()) return 'headline';
    const name = el.localName;
    // A slideshow's captions or a list of teaser cards, however much prose it holds.
    if (ITEM_LISTS.has(name)) {
      const listed = itemListReason(el, lengthsOf);
      const headline = guardOf().headline;
      if (listed && !(headline && el.contains(headline))) return listed;
    }
    // Markup first: it decides most elements, and a style read may make the browser compute
    // the page's styles on the spot.
    const reason = markupReason(el, name);
    if (reason) return isStory(el) ? null : reason;
    // Between the headline and the story's paragraphs: its standfirst, deck and date.
    if (headerOf().has(el)) return 'header';
    // Styles are read only for what markup keeps, holds text (an empty box hides nothing), and
    // a site's CSS can single out: by its class, id or inline style (or a custom element's own
    // rules). A bare <p> or <a href> inside a visible block is only hidden by a rule on an
    // ancestor, which is read when the ancestor is.
    if (!(name.includes('-') || STYLED.some((a) => el.hasAttribute(a)))) return null;
    // The story itself is kept even when hidden as a whole (collapsed behind "read more").
    if (!lengthsOf(el).text || isStory(el)) return null;
    return visibilityTest().hiddenBy(el);
  };

  return {
    reasonFor,
    skip: (el) => isSkippable(el) || reasonFor(el) !== null,
    prepare: lengths.prepare,
  };
}
