/**
 * What a card can be opened on: a mention, or words only a watch list found. Under the pointer
 * or the keyboard's focus, a mention comes first: a watch match over a name opens that name's
 * card (its why line names the lists), a match over no mention opens a watch card.
 */
import { caretAt, findAt, rangeContainsPoint } from '../hover/hit-test';
import { offsetAt } from '../text/text-map';
import type { MentionEntry } from './mention-entry';
import type { PageSession } from './page-session';
import type { WatchEntry } from './watch-entries';

export type CardTarget = MentionEntry | WatchEntry;

export const isWatchTarget = (target: CardTarget): target is WatchEntry => !('mention' in target);

export interface TargetRules {
  /** Whether this mention opens a card of its own (density may leave it unpainted). */
  opens: (entry: MentionEntry) => boolean;
  /** Whether this watch match is painted (its list is on). */
  painted: (match: WatchEntry) => boolean;
}

/** The painted watch matches that share text with a mention or a match. */
export function watchOver(
  session: PageSession,
  span: { start: number; end: number },
  rules: Pick<TargetRules, 'painted'>,
): WatchEntry[] {
  return session.root?.watch.overlapping(span.start, span.end).filter(rules.painted) ?? [];
}

/**
 * The card target under a viewport point, or null. The caret position under the point maps to
 * a text offset; the mention or match there is confirmed with its range's own rectangles (the
 * caret API snaps to the nearest text even when the pointer is in a margin). A mention density
 * leaves unpainted still opens when a watch list paints its words.
 */
export function targetAt(
  session: PageSession,
  doc: Document,
  x: number,
  y: number,
  rules: TargetRules,
): CardTarget | null {
  const root = session.root;
  const caret = root && caretAt(doc, x, y);
  if (!root || !caret) return null;
  const offset = offsetAt(root.map, caret.node, caret.offset);
  if (offset < 0) return null;
  const entry = findAt(root.entries, offset);
  if (
    entry &&
    rangeContainsPoint(entry.range, x, y) &&
    (rules.opens(entry) || watchOver(session, entry, rules).length > 0)
  )
    return entry;
  return (
    root.watch
      .at(offset)
      .find((match) => rules.painted(match) && rangeContainsPoint(match.range, x, y)) ?? null
  );
}

/**
 * The card the keyboard's focus opens: a focused mention's own, and for a focused watch match
 * the card the pointer would open on it, that of the first mention it covers when there is one.
 */
export function targetFor(session: PageSession, focused: CardTarget): CardTarget {
  if (!isWatchTarget(focused)) return focused;
  const entries = session.root?.entries ?? [];
  return entries.find((e) => e.start < focused.end && focused.start < e.end) ?? focused;
}
