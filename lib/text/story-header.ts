/**
 * The story's header: what a page sets between its headline and the block of story paragraphs,
 * outside that block. There sit the standfirst (the summary under the headline), the deck, the
 * kicker, the byline and date, the sharing bar. It is not the story's text: Readability leaves it
 * out with the header, and the names a standfirst holds are the body's, named again there.
 *
 * Only a small header is one: the elements found between the two must hold together at most
 * `MAX_HEADER_CHARS` and `MAX_HEADER_SHARE` of the root's text, or what lies there is more likely
 * story (a live blog's earlier posts, a lede set apart from the rest). An element beside the
 * block of paragraphs (the same parent) is the story's first part, never its header: a lede,
 * a quote or a list set before the rest.
 */
export const MAX_HEADER_CHARS = 800;
export const MAX_HEADER_SHARE = 0.2;

/**
 * The elements wholly after `headline` and before `holder` (the element directly holding the
 * most paragraph prose), inside `root`: each the largest such subtree. Empty when there is no
 * header to find: no headline or no holder, the holder being the root or holding the headline,
 * or the headline coming after it.
 */
export function elementsBetween(root: Element, headline: Element, holder: Element): Element[] {
  if (holder === root || holder.contains(headline) || headline.contains(holder)) return [];
  // DOCUMENT_POSITION_FOLLOWING: the holder comes after the headline.
  if (!(headline.compareDocumentPosition(holder) & 4)) return [];
  const found: Element[] = [];
  const descend = (branch: Element) => {
    for (let c = branch.firstElementChild; c && c !== holder; c = c.nextElementSibling) {
      if (c.contains(holder)) return descend(c);
      found.push(c);
    }
  };
  if (!root.contains(headline)) {
    descend(root);
    return found;
  }
  for (let node: Element | null = headline; node && node !== root; node = node.parentElement) {
    for (let s = node.nextElementSibling; s; s = s.nextElementSibling) {
      if (s === holder) return found;
      if (s.contains(holder)) {
        descend(s);
        return found;
      }
      found.push(s);
    }
  }
  return found;
}

export interface HeaderInput {
  root: Element;
  headline: Element | null;
  holder: Element | null;
  /** The text length of a subtree, as the story filter counts it. */
  textOf: (el: Element) => number;
}

/** The story's header elements, or none when what lies between is too large to be one. */
export function storyHeader({ root, headline, holder, textOf }: HeaderInput): Set<Element> {
  if (!headline || !holder) return new Set();
  const between = elementsBetween(root, headline, holder).filter(
    // Beside the paragraphs' holder: the story's first part, as Readability joins siblings.
    (el) => el.parentElement !== holder.parentElement,
  );
  const chars = between.reduce((sum, el) => sum + textOf(el), 0);
  if (chars > MAX_HEADER_CHARS || chars > textOf(root) * MAX_HEADER_SHARE) return new Set();
  return new Set(between);
}
