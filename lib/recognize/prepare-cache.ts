/**
 * Prepared blocks (tokens, name runs, keys, figures, the model's spans) cached by their text:
 * a rescan of a live page, or a block many pages share, is prepared once.
 */
import { prepare, type Prepared } from './recognize';

/** Bounded so a never-ending live page cannot grow it forever. */
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

  /** Forget everything (the packs changed: the model's spans depend on their names). */
  clear(): void {
    this.map.clear();
  }

  get size(): number {
    return this.map.size;
  }
}
