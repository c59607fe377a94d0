/**
 * Block-wise recognition, for long and changing pages: a page's text is split at its block
 * separators ("\n" from the text map), and each block's preparation (tokens, name runs, keys,
 * figures) is cached by its text. A rescan after a live-blog update or infinite scroll then
 * prepares only the blocks that changed.
 */
import { prepare, type Prepared } from './recognize';

export interface Block {
  /** Offset of the block's first character in the page text. */
  start: number;
  text: string;
}

/** Split page text at newlines; blocks with no letters or digits are dropped. */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const slice = text.slice(start, end);
    if (/[\p{L}\p{N}]/u.test(slice)) blocks.push({ start, text: slice });
    start = end + 1;
  }
  return blocks;
}

/** Prepared blocks by text, bounded so a never-ending live page cannot grow it forever. */
export class PrepareCache {
  private readonly map = new Map<string, Prepared>();
  constructor(private readonly limit = 20_000) {}

  get(text: string): Prepared {
    let prepared = this.map.get(text);
    if (!prepared) {
      prepared = prepare(text);
      if (this.map.size >= this.limit) this.map.delete(this.map.keys().next().value as string);
      this.map.set(text, prepared);
    }
    return prepared;
  }

  get size(): number {
    return this.map.size;
  }
}
