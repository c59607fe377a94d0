/**
 * Marks a reader never sees inside a word: the soft hyphen that pages put in long words for
 * line breaking ("Vladi\u00admir"), zero-width spaces and joiners, the word joiner and the
 * byte-order mark. Read as they are, they cut a name in two ("Vladi" and "mir"). The recognizer
 * reads a block without them, and its offsets are mapped back to the block as it is; watch
 * lists read past them too (lib/rules/watch-fold.ts).
 */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const HAS_INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;

/** Whether a UTF-16 code unit is one of those marks. */
export const isInvisibleMark = (code: number): boolean =>
  code === 0xad || code === 0x2060 || code === 0xfeff || (code >= 0x200b && code <= 0x200d);

/** Whether a text holds any of them. */
export const hasInvisibleMarks = (text: string): boolean => HAS_INVISIBLE.test(text);

export interface VisibleText {
  /** The block without its invisible marks. */
  text: string;
  /** A span of `text` as a span of the block. */
  toBlock(start: number, end: number): { start: number; end: number };
}

const SAME: VisibleText['toBlock'] = (start, end) => ({ start, end });

export function visibleText(block: string): VisibleText {
  if (!hasInvisibleMarks(block)) return { text: block, toBlock: SAME };
  // origin[i]: the block offset of the visible text's character i.
  const origin: number[] = [];
  for (let i = 0; i < block.length; i++) if (!isInvisibleMark(block.charCodeAt(i))) origin.push(i);
  return {
    text: block.replace(INVISIBLE, ''),
    toBlock: (start, end) => ({
      start: origin[start] ?? block.length,
      end: end > 0 ? origin[end - 1] + 1 : 0,
    }),
  };
}
