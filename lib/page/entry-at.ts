/**
 * Which mention is under a viewport point. The caret position under the point maps to a text
 * offset, the mention is found by binary search, and the range's own rectangles confirm it (the
 * caret API snaps to the nearest text even when the pointer is in a margin).
 */
import { caretAt, findAt, rangeContainsPoint } from '../hover/hit-test';
import { offsetAt } from '../text/text-map';
import type { MentionEntry } from './mention-entry';
import type { PageSession } from './page-session';

export function entryAt(
  session: PageSession,
  doc: Document,
  x: number,
  y: number,
): MentionEntry | null {
  const root = session.root;
  const caret = root && caretAt(doc, x, y);
  if (!root || !caret) return null;
  const offset = offsetAt(root.map, caret.node, caret.offset);
  if (offset < 0) return null;
  const entry = findAt(root.entries, offset);
  return entry && rangeContainsPoint(entry.range, x, y) ? entry : null;
}
