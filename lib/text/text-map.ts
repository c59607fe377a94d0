/**
 * The text map: an article's text as one string, with a way back from offsets to DOM
 * positions. Text nodes are concatenated as they are (offsets must match node data exactly),
 * except that a line break or tab inside a node's text is written as a space, one character
 * for one: a page's source wraps its paragraphs across lines, which the reader sees as spaces
 * (outside `<pre>`). A "\n" that belongs to no node is inserted where the text crosses a
 * block boundary, a <br> or a skipped element, so the end of a headline and the start of the
 * byline never join into one word ("…Moscow Talks" + "By CRBC" is not "TalksBy"): every "\n"
 * of the map is a block's edge, and a paragraph wrapped in the source stays one block.
 */
import { breaksText, isBlockElement } from './block-tags';
import { isSkippable } from './skip-rules';

export interface TextMap {
  text: string;
  nodes: Text[];
  /** starts[i] is the offset in `text` of nodes[i]'s first character. */
  starts: number[];
}

export interface TextMapOptions {
  /** Elements whose subtree is left out; the skip rules by default (a seam for tests and site rules). */
  skip?: (el: Element) => boolean;
}

export interface TextMapBuilder {
  /**
   * Walk on until done, `outOfTime()` says stop, or the text is at least `untilChars` long;
   * true when the whole root is mapped. The map is only ever appended to, so offsets and
   * ranges from an earlier `result()` stay valid.
   */
  step(outOfTime: () => boolean, untilChars?: number): boolean;
  result(): TextMap;
}

/** The one separator; a single character so every boundary costs the same. */
export const SEPARATOR = '\n';

/** Nodes walked between two clock checks: checking on every node would cost more than it saves. */
const NODES_PER_CHECK = 256;

// NodeFilter's constants, written out: the global is missing in some test environments.
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;

const WHITESPACE_ONLY = /^\s*$/;
/** Line breaks and tabs in a node's text: spaces in the map (see above). */
const LINE_BREAKS = /[\n\r\t\f\v]/g;

function blockOf(node: Node, root: Element): Element {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement)
    if (isBlockElement(el)) return el;
  return root;
}

/**
 * A whitespace-only node can be left out where it only pads a block boundary (source
 * indentation between paragraphs), because a separator is inserted there anyway. Between two
 * inline elements it is a real space ("<b>Vladimir</b> <i>Putin</i>") and is kept.
 */
function isPadding(node: Text, root: Element): boolean {
  const parent = node.parentElement;
  if (!parent || (parent !== root && !isBlockElement(parent))) return false;
  const edge = (n: Node | null) => !n || (n.nodeType === 1 && breaksText(n as Element));
  return edge(node.previousSibling) || edge(node.nextSibling);
}

/**
 * A text map built in steps, so a long article can be mapped in slices that yield to the page
 * (a 2 MB article is tens of thousands of text nodes).
 */
export function createTextMapBuilder(root: Element, options: TextMapOptions = {}): TextMapBuilder {
  const skip = options.skip ?? isSkippable;
  // Set when the walk enters a block, a <br> or a skipped subtree: whatever text comes next
  // starts a new block. Leaving a block is seen by comparing nearest block ancestors.
  let boundary = false;
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT, {
    acceptNode(node) {
      if (node.nodeType !== 1) return FILTER_ACCEPT;
      const el = node as Element;
      if (skip(el)) {
        boundary = true;
        return FILTER_REJECT; // the whole subtree is never visited
      }
      if (breaksText(el)) boundary = true;
      return FILTER_SKIP; // not returned, but its children are walked
    },
  });
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let prevBlock: Element | null = null;
  // Consecutive text nodes usually share a parent: remember its block.
  let lastParent: Node | null = null;
  let lastBlock: Element = root;
  let done = false;
  return {
    step(outOfTime, untilChars = Infinity) {
      // The clock is read before a node is taken, never on the first: each step maps some.
      for (let count = 0; !done; count++) {
        if (count && count % NODES_PER_CHECK === 0 && outOfTime()) return false;
        if (length >= untilChars) return false;
        const node = walker.nextNode() as Text | null;
        if (!node) {
          done = true;
          break;
        }
        const data = node.data;
        if (!data || (WHITESPACE_ONLY.test(data) && isPadding(node, root))) continue;
        if (node.parentNode !== lastParent) {
          lastParent = node.parentNode;
          lastBlock = blockOf(node, root);
        }
        if (nodes.length && (boundary || lastBlock !== prevBlock)) {
          parts.push(SEPARATOR);
          length += SEPARATOR.length;
        }
        nodes.push(node);
        starts.push(length);
        parts.push(data.replace(LINE_BREAKS, ' '));
        length += data.length;
        prevBlock = lastBlock;
        boundary = false;
      }
      return true;
    },
    result: () => ({ text: parts.join(''), nodes, starts }),
  };
}

/** The whole text map in one go (tests, small roots). */
export function buildTextMap(root: Element, options?: TextMapOptions): TextMap {
  const builder = createTextMapBuilder(root, options);
  builder.step(() => false);
  return builder.result();
}

/** Index of the node holding offset (the last node starting at or before it), or -1. */
function nodeIndexAt(map: TextMap, offset: number): number {
  let lo = 0;
  let hi = map.starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map.starts[mid] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * A DOM Range over text offsets [start, end), across nodes if needed. An end that falls on a
 * separator is pulled back to the node before it, a start on one pushed on to the next node;
 * null when nothing of a node is left, the offsets are out of bounds, or the page has since
 * shortened a node (a live page edits text under us).
 */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  if (!(
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    end > start &&
    end <= map.text.length
  ))
    return null;
  let a = nodeIndexAt(map, start);
  if (a < 0) return null;
  let startOffset = start - map.starts[a];
  if (startOffset >= map.nodes[a].data.length) {
    a += 1; // start on the separator after node a
    startOffset = 0;
  }
  const b = nodeIndexAt(map, end - 1);
  if (a >= map.nodes.length || b < a) return null;
  const endOffset = Math.min(end - map.starts[b], map.nodes[b].data.length);
  if (a === b && endOffset <= startOffset) return null;
  try {
    const range = map.nodes[a].ownerDocument.createRange();
    range.setStart(map.nodes[a], startOffset);
    range.setEnd(map.nodes[b], endOffset);
    return range;
  } catch {
    return null;
  }
}

const indexCache = new WeakMap<TextMap, Map<Node, number>>();

/** Text offset of a caret position inside a mapped text node, or -1 (unmapped node, bad offset). */
export function offsetAt(map: TextMap, node: Node, offset: number): number {
  if (
    node.nodeType !== 3 ||
    !Number.isInteger(offset) ||
    offset < 0 ||
    offset > (node as Text).data.length
  )
    return -1;
  let byNode = indexCache.get(map);
  if (!byNode) {
    // Built on first use and kept with the map: hover tests run on every pointer move.
    byNode = new Map(map.nodes.map((n, i) => [n, i]));
    indexCache.set(map, byNode);
  }
  const index = byNode.get(node);
  return index === undefined ? -1 : map.starts[index] + offset;
}
