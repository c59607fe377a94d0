import type { Mention, MentionType } from '../types/mention';

/** One mention on the page: its offsets in the root's text, the recognizer's answer, its range. */
export interface MentionEntry {
  start: number;
  end: number;
  /** The mention's type again, so entries can be painted as they are (no copies per paint). */
  type: MentionType;
  mention: Mention;
  /** The recognizer's own answer, kept when the reader's link choice changed `mention`. */
  recognized?: Mention;
  range: Range;
}
