/**
 * The text, link text and digits of an element's subtree, skipped parts left out: what the
 * story filter weighs a box by (link density, a data panel's share of digits). Each element is
 * summed once and remembered. `prepare` sums the whole root ahead of the questions, in slices,
 * children before their parent, since the first question about a long article's body would
 * otherwise sum megabytes in one task.
 */

export interface SubtreeLengths {
  text: number;
  links: number;
  digits: number;
}

export interface SubtreeLengthsOf {
  of(el: Element): SubtreeLengths;
  /** Sum every element under the root until `outOfTime`; true once all are summed. */
  prepare(outOfTime: () => boolean): boolean;
}

const NON_SPACE = /\S/;
const DIGIT = /[0-9]/g;
/** Elements summed between two looks at the clock. */
const PREPARE_CLOCK_EVERY = 128;

/**
 * Digits in a text. The pattern scans natively: a loop over characters runs in the
 * interpreter on a page view's cold code, and a long article's first box summed its megabytes
 * in one long task.
 */
function digitsIn(data: string): number {
  let n = 0;
  DIGIT.lastIndex = 0;
  while (DIGIT.exec(data)) n++;
  return n;
}

export function createSubtreeLengths(
  root: Element,
  isSkippable: (el: Element) => boolean,
): SubtreeLengthsOf {
  const lengths = new Map<Element, SubtreeLengths>();
  const of = (el: Element): SubtreeLengths => {
    const known = lengths.get(el);
    if (known) return known;
    let text = 0;
    let links = 0;
    let digits = 0;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const data = (c as Text).data;
        if (NON_SPACE.test(data)) {
          text += data.length;
          digits += digitsIn(data);
        }
      } else if (c.nodeType === 1 && !isSkippable(c as Element)) {
        const child = of(c as Element);
        text += child.text;
        links += child.links;
        digits += child.digits;
      }
    }
    const result = { text, links: el.localName === 'a' ? text : links, digits };
    lengths.set(el, result);
    return result;
  };

  // Resumable post-order: an element is summed once all its children are, one step each.
  const pending: { el: Element; child: Element | null }[] = [{ el: root, child: null }];
  const prepare = (outOfTime: () => boolean): boolean => {
    let steps = 0;
    while (pending.length) {
      const top = pending[pending.length - 1];
      const next = top.child ? top.child.nextElementSibling : top.el.firstElementChild;
      top.child = next;
      if (next && !isSkippable(next) && !lengths.has(next)) {
        pending.push({ el: next, child: null });
        continue;
      }
      if (next) continue;
      pending.pop();
      of(top.el);
      if (++steps % PREPARE_CLOCK_EVERY === 0 && outOfTime()) return false;
    }
    return true;
  };

  return { of, prepare };
}
