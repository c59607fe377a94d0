/**
 * A page's text split into blocks at the text map's separators ("\n" between block elements):
 * the unit the page sends to the recognizer, and the unit the recognizer caches by text, so a
 * live page's rescan costs only the blocks that changed.
 */
import type { TextBlock } from '../types/text-block';
import { SEPARATOR } from './text-map';
import { WORD_CHAR } from './word-chars';

/** Split page text at separators; blocks with no letters or digits are dropped. */
export function splitBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf(SEPARATOR, start);
    if (end < 0) end = text.length;
    const slice = text.slice(start, end);
    if (WORD_CHAR.test(slice)) blocks.push({ start, text: slice });
    start = end + 1;
  }
  return blocks;
}
