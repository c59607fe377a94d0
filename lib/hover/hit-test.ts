/**
 * Which mention is under the pointer. `highlightsFromPoint` only exists in Chromium, so this
 * uses the caret position under the point (every engine), maps it to a text offset, finds the
 * mention by binary search, and confirms with the range's own rectangles (the caret API snaps
 * to the nearest text even when the pointer is in a margin).
 */

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The text position under a viewport point, or null. */
export function caretAt(
  doc: Document,
  x: number,
  y: number,
): { node: Node; offset: number } | null {
  const d = doc as CaretDoc;
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** Index of the item whose [start, end] holds `offset` (end inclusive: the caret may sit after the last letter). */
export function findAt<T extends { start: number; end: number }>(
  sorted: readonly T[],
  offset: number,
): T | undefined {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const item = sorted[mid];
    if (offset < item.start) hi = mid - 1;
    else if (offset > item.end) lo = mid + 1;
    else return item;
  }
  return undefined;
}

/** True when the point lies on one of the range's line boxes (with a little slack). */
export function rangeContainsPoint(range: Range, x: number, y: number, slack = 2): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack)
      return true;
  }
  return false;
}
