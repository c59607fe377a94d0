/**
 * Which of the page's mentions are painted: every one, or the first of each entity (density
 * `first`). Only the paint thins out: the others stay in the page's mentions, so keyboard
 * stepping and the side panel reach them (the focus highlight paints the one stepped to) and
 * a card's mention count counts them.
 */
import { muteKeyOf, type Density } from '../rules/settings';
import type { Mention } from '../types/mention';

/**
 * The same entity for density: its id when a pack knows it, else its kind and words folded
 * as a mute is keyed, so "Putin" after "Vladimir Putin" is the same entity only when both link.
 */
export const densityKey = (mention: Mention): string => muteKeyOf(mention);

/** The first mention of each entity, in document order. */
export function firstOfEach<T extends { mention: Mention }>(entries: readonly T[]): T[] {
  const seen = new Set<string>();
  return entries.filter((e) => {
    const key = densityKey(e.mention);
    return !seen.has(key) && (seen.add(key), true);
  });
}

export interface PaintSelection<T> {
  /** What to paint of `entries` (in document order) at this density. */
  select(entries: readonly T[], density: Density): readonly T[];
  /** Whether the last selection painted this entry (hover opens cards on painted ones only). */
  painted(entry: T): boolean;
}

/**
 * A read under way grows the same list of entries batch by batch: the selection goes on from
 * where it stopped over the same list, and starts again over a new one.
 */
export function createPaintSelection<T extends { mention: Mention }>(): PaintSelection<T> {
  // null: every entry was painted.
  let chosen: Set<T> | null = null;
  let over: { entries: readonly T[]; upTo: number; seen: Set<string>; first: T[] } | null = null;
  return {
    select(entries, density) {
      if (density === 'every') {
        chosen = over = null;
        return entries;
      }
      if (!over || over.entries !== entries || over.upTo > entries.length || !chosen) {
        over = { entries, upTo: 0, seen: new Set(), first: [] };
        chosen = new Set();
      }
      for (let i = over.upTo; i < entries.length; i++) {
        const key = densityKey(entries[i].mention);
        if (over.seen.has(key)) continue;
        over.seen.add(key);
        over.first.push(entries[i]);
        chosen.add(entries[i]);
      }
      over.upTo = entries.length;
      return over.first;
    },
    painted: (entry) => !chosen || chosen.has(entry),
  };
}
