/**
 * The page's watch-list matches: each with its range, kept per page under the caps of
 * `WATCH_MATCH_CAP` (the background caps one answer; the page caps what it keeps across
 * answers). Matching itself runs in the background.
 */
import { WATCH_MATCH_CAP } from '../constants';
import { rangeFor, type TextMap } from '../text/text-map';
import type { WatchAnswer, WatchMatch } from '../types/watch';

/** Matches a page keeps: the background's caps for one answer, across all its answers. */
export const PAGE_WATCH_CAP = WATCH_MATCH_CAP;

export interface WatchEntry extends WatchMatch {
  range: Range;
}

export class PageWatch {
  readonly entries: WatchEntry[] = [];
  /** A cap stopped the matches: the page has more than are shown. */
  capped = false;
  private readonly perList = new Map<string, number>();

  constructor(private readonly map: TextMap) {}

  /** Keep an answer's matches that map onto the page, up to the caps. */
  add(answer: Partial<WatchAnswer>): void {
    if (answer.watchCapped) this.capped = true;
    for (const m of answer.watch ?? []) {
      const count = this.perList.get(m.listId) ?? 0;
      if (count >= PAGE_WATCH_CAP.perList || this.entries.length >= PAGE_WATCH_CAP.total) {
        this.capped = true;
        continue;
      }
      const range = rangeFor(this.map, m.start, m.end);
      if (!range) continue;
      this.perList.set(m.listId, count + 1);
      this.entries.push({ ...m, range });
    }
  }

  /** Matches per list id. */
  counts(): Record<string, number> {
    return Object.fromEntries(this.perList);
  }

  /**
   * The matches at a text offset (end inclusive: the caret may sit after the last letter), in
   * the order they came. Lists' matches may overlap one another, so all of them.
   */
  at(offset: number): WatchEntry[] {
    return this.entries.filter((e) => e.start <= offset && offset <= e.end);
  }

  /** The matches that share some text with [start, end). */
  overlapping(start: number, end: number): WatchEntry[] {
    return this.entries.filter((e) => e.start < end && start < e.end);
  }

  /** One list's matches, in text order. */
  of(listId: string): WatchEntry[] {
    return this.entries.filter((e) => e.listId === listId).sort((a, b) => a.start - b.start);
  }
}
