/**
 * Placing a painted range of the live page in the labelled text: by the text of the range's
 * block (whitespace collapsed as in article-text.ts, line breaks as spaces) and the range's
 * offset inside it, or failing that by a window of text around the range. Pure.
 */

/** A range as read from the page: its block's text, and where the range starts and ends in it. */
export interface RangeSample {
  /** The block's text with every whitespace character kept (so offsets hold); "\n" at blocks. */
  block: string;
  start: number;
  end: number;
}

/** A text with runs of whitespace collapsed to one space and trimmed, and where each raw offset went. */
export function collapse(raw: string): { text: string; at: (rawOffset: number) => number } {
  const offsets = new Array<number>(raw.length + 1);
  let text = '';
  let space = false;
  for (let i = 0; i < raw.length; i++) {
    offsets[i] = text.length + (space && !/\s/.test(raw[i]) && text.length ? 1 : 0);
    if (/\s/.test(raw[i])) space = true;
    else {
      if (space && text.length) text += ' ';
      space = false;
      text += raw[i];
    }
  }
  offsets[raw.length] = text.length;
  return { text, at: (o) => Math.min(offsets[Math.max(0, Math.min(o, raw.length))], text.length) };
}

/** Every index of `needle` in `hay`. */
function indexesOf(hay: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** The first candidate at or after the cursor (text order follows document order), else the first. */
const pick = (candidates: number[], cursor: number) =>
  candidates.find((c) => c >= cursor) ?? candidates[0];

/** Window sizes (before, after the range) tried when the block as a whole is not found. */
const WINDOWS: [number, number][] = [
  [60, 60],
  [30, 30],
  [15, 15],
  [40, 0],
  [0, 40],
  [20, 0],
  [0, 20],
];
/** Context a window needs before it can stand for the range: fewer letters are not evidence. */
const MIN_CONTEXT = 12;
/** A block shorter than this is trusted only when it fills whole labelled lines. */
const MIN_FREE_BLOCK = 25;

/**
 * The range's offsets in the labelled text, or null when it is not there (not article text).
 * `cursor`: where the previous range was placed, to choose among repeated passages.
 */
export function locateRange(
  labelled: string,
  sample: RangeSample,
  cursor = 0,
): { start: number; end: number } | null {
  const flat = labelled.replace(/\n/g, ' ');
  const block = collapse(sample.block);
  const start = block.at(sample.start);
  const end = Math.max(start, block.at(sample.end));
  const word = block.text.slice(start, end);
  if (!word) return null;
  const place = (blockAt: number) => ({ start: blockAt + start, end: blockAt + end });

  const whole = indexesOf(flat, block.text);
  const onLines = whole.filter(
    (i) =>
      (i === 0 || labelled[i - 1] === '\n') &&
      (i + block.text.length === labelled.length || labelled[i + block.text.length] === '\n'),
  );
  if (onLines.length) return place(pick(onLines, cursor));
  if (whole.length && block.text.length >= MIN_FREE_BLOCK) return place(pick(whole, cursor));

  for (const [before, after] of WINDOWS) {
    const from = Math.max(0, start - before);
    const to = Math.min(block.text.length, end + after);
    if (to - from - word.length < MIN_CONTEXT) continue;
    const found = indexesOf(flat, block.text.slice(from, to));
    if (found.length) {
      const at = pick(found, cursor) + (start - from);
      return { start: at, end: at + word.length };
    }
  }
  return null;
}
