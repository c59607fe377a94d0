/**
 * The text map: the article's text as one string, with a way back from offsets to DOM
 * positions. Text nodes are concatenated as they are (offsets must match node data exactly);
 * a "\n" that belongs to no node is inserted at block boundaries, so the end of a headline and
 * the start of the next paragraph never join into one word.
 */
import { isSkippable } from './skip-rules';

export interface TextMap {
  text: string;
  nodes: Text[];
  /** starts[i] is the offset in `text` of nodes[i]'s first character. */
  starts: number[];
}

/**
 * Block-level tags, by name: getComputedStyle would be exact but forces style and layout for
 * every element of the article, which costs far more than the whole scan.
 */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li',
  'main', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul',
]);

/** Nearest block-level ancestor: two text nodes with different ones are in different blocks. */
function blockOf(node: Node, root: Node): Node {
  for (let n: Node | null = node.parentNode; n && n !== root; n = n.parentNode) {
    if (n.nodeType === 1 && BLOCK_TAGS.has((n as Element).localName)) return n;
  }
  return root;
}

function hasBrBetween(from: Node, to: Node): boolean {
  // A <br> between two text nodes of one paragraph is a line break, not a space.
  for (let n: Node | null = nextInOrder(from); n && n !== to; n = nextInOrder(n)) {
    if (n.nodeType === 1 && (n as Element).localName === 'br') return true;
    if (n.nodeType === 3) return false;
  }
  return false;
}

function nextInOrder(n: Node): Node | null {
  if (n.firstChild) return n.firstChild;
  for (let c: Node | null = n; c; c = c.parentNode) if (c.nextSibling) return c.nextSibling;
  return null;
}

export interface TextMapBuilder {
  /** Walk on until done or `outOfTime()` says stop; true when the whole root is mapped. */
  step(outOfTime: () => boolean): boolean;
  result(): TextMap;
}

/** Nodes walked between two clock checks: checking on every node would cost more than it saves. */
const NODES_PER_CHECK = 256;

/**
 * A text map built in steps, so a long article can be mapped in slices that yield to the page
 * (a 2 MB article is tens of thousands of text nodes).
 */
export function createTextMapBuilder(root: Element): TextMapBuilder {
  const doc = root.ownerDocument;
  // A skipped subtree between two text nodes ("foo<button>x</button>bar") also separates them.
  let skippedSince = false;
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* elements | text */, {
    acceptNode: (node) => {
      if (node.nodeType !== 1) return 1; // text: accept
      if (!isSkippable(node as Element)) return 3; // element: skip it, descend
      skippedSince = true;
      return 2; // reject the whole subtree
    },
  });
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let prev: Text | null = null;
  let prevBlock: Node | null = null;
  let done = false;
  return {
    step(outOfTime) {
      let count = 0;
      while (!done) {
        const node = walker.nextNode();
        if (!node) {
          done = true;
          break;
        }
        const textNode = node as Text;
        if (!textNode.data) continue;
        const block = blockOf(textNode, root);
        if (prev && (block !== prevBlock || skippedSince || hasBrBetween(prev, textNode))) {
          parts.push('\n');
          length += 1;
        }
        nodes.push(textNode);
        starts.push(length);
        parts.push(textNode.data);
        length += textNode.data.length;
        prev = textNode;
        prevBlock = block;
        skippedSince = false;
        if (++count % NODES_PER_CHECK === 0 && outOfTime()) break;
      }
      return done;
    },
    result: () => ({ text: parts.join(''), nodes, starts }),
  };
}

/** The whole text map in one go (tests, small roots). */
export function buildTextMap(root: Element): TextMap {
  const builder = createTextMapBuilder(root);
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

/** A DOM Range over text offsets [start, end), across nodes if needed; null when unmappable. */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  if (!(start >= 0 && end > start && end <= map.text.length)) return null;
  const a = nodeIndexAt(map, start);
  const b = nodeIndexAt(map, end - 1);
  if (a < 0 || b < 0) return null;
  const startNode = map.nodes[a];
  const endNode = map.nodes[b];
  const startOffset = start - map.starts[a];
  const endOffset = end - map.starts[b];
  // Offsets that fall in an inserted separator map to no node.
  if (startOffset >= startNode.data.length || endOffset > endNode.data.length) return null;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return range;
}

/** Text offset of a caret position in a mapped text node, or -1. */
export function offsetAt(map: TextMap, node: Node, offset: number): number {
  if (node.nodeType !== 3) return -1;
  let index = indexCache.get(map)?.get(node as Text);
  if (index === undefined) {
    let byNode = indexCache.get(map);
    if (!byNode) {
      byNode = new Map(map.nodes.map((n, i) => [n, i]));
      indexCache.set(map, byNode);
    }
    index = byNode.get(node as Text);
  }
  return index === undefined ? -1 : map.starts[index] + offset;
}

const indexCache = new WeakMap<TextMap, Map<Text, number>>();
