/**
 * How a page's blocks are sent to the recognizer: a first batch that holds most articles whole
 * (one answer, one paint), then, on long pages, batches that stay well inside the protocol's
 * limits. A block longer than one request may hold is cut at a
 * space (a name across the cut is the only loss).
 */
import { BLOCKS_PER_BATCH, FIRST_BATCH_CHARS, RECOGNIZE_LIMITS } from '../constants';
import type { TextBlock } from '../types/text-block';

/** Characters per request after the first: a quarter of what the protocol allows. */
const BATCH_CHARS = RECOGNIZE_LIMITS.totalChars / 4;

/** Cut a block into pieces the protocol accepts, at spaces where there are any. */
export function pieces(block: TextBlock, max = RECOGNIZE_LIMITS.blockChars): TextBlock[] {
  const out: TextBlock[] = [];
  let at = 0;
  while (block.text.length - at > max) {
    const space = block.text.lastIndexOf(' ', at + max);
    const cut = space > at ? space : at + max;
    out.push({ start: block.start + at, text: block.text.slice(at, cut) });
    at = cut;
  }
  out.push({ start: block.start + at, text: block.text.slice(at) });
  return out;
}

export function* batchesOf(blocks: readonly TextBlock[]): Generator<TextBlock[]> {
  let batch: TextBlock[] = [];
  let chars = 0;
  let limit = FIRST_BATCH_CHARS;
  for (const piece of blocks.flatMap((b) => pieces(b))) {
    if (batch.length && (chars + piece.text.length > limit || batch.length >= BLOCKS_PER_BATCH)) {
      yield batch;
      batch = [];
      chars = 0;
      limit = BATCH_CHARS;
    }
    batch.push(piece);
    chars += piece.text.length;
  }
  if (batch.length) yield batch;
}
