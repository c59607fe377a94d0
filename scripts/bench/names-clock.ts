/**
 * When the page's names were painted, seen from the page's own world: an init script polls the
 * highlight registry (shared by the page and the content script) on a short timer and records,
 * relative to the start of DOMContentLoaded, when the set of person/place/org ranges last
 * changed. It stops once that set has held still for a while after something was painted, or at
 * a bound, so the two runs of a page can then be compared at rest.
 */
import type { Page } from 'playwright-core';

export interface NamesClockOptions {
  /** The set counts as final once it held still this long (ms). */
  quietMs: number;
  /** Polling stops here whatever happened (ms after the script started). */
  maxMs: number;
  /** Poll interval (ms). */
  everyMs: number;
}

export interface NamesClockReading {
  /** Time from the start of DOMContentLoaded to the last change of the names, or null if none was painted. */
  allNamesMs: number | null;
  /** How many times the set changed. */
  changes: number;
  /** Distinct texts of the final person/place/org ranges. */
  names: string[];
  /** How long the clock ran, from the document's start to settling (ms). */
  ranMs: number;
}

/**
 * Runs in the page's world before any of its scripts. The cheap signature (object, size, first
 * and last range) is compared on every tick; only when it moves is the full content compared,
 * so a registry re-set with the same ranges is not a change.
 */
export function namesClock(options: NamesClockOptions): void {
  const kinds = ['backstory-person', 'backstory-place', 'backstory-org'];
  const started = performance.now();
  const state = {
    lastChangeAt: null as number | null,
    changes: 0,
    ranMs: NaN,
    key: '',
    signature: '',
  };
  const holders = new WeakMap<object, number>();
  let nextId = 1;
  const idOf = (o: object) => {
    let id = holders.get(o);
    if (id === undefined) holders.set(o, (id = nextId++));
    return id;
  };
  const describe = (r: AbstractRange) =>
    `${idOf(r.startContainer)}:${r.startOffset}-${idOf(r.endContainer)}:${r.endOffset}`;
  const signature = () =>
    kinds
      .map((k) => {
        const h = CSS.highlights.get(k);
        if (!h || !h.size) return '';
        const ranges = [...h] as AbstractRange[];
        return `${idOf(h)}/${h.size}/${describe(ranges[0])}/${describe(ranges[ranges.length - 1])}`;
      })
      .join('|');
  const content = () =>
    kinds
      .map((k) => ([...(CSS.highlights.get(k) ?? [])] as AbstractRange[]).map(describe).join(','))
      .join('|');
  let settle: () => void = () => undefined;
  const settled = new Promise<void>((resolve) => (settle = resolve));
  const tick = () => {
    const now = performance.now();
    const sig = signature();
    if (sig !== state.signature) {
      state.signature = sig;
      const key = content();
      if (key !== state.key) {
        state.key = key;
        state.lastChangeAt = now;
        state.changes++;
      }
    }
    const quiet =
      state.lastChangeAt !== null &&
      state.key.replace(/\|/g, '') !== '' &&
      now - state.lastChangeAt >= options.quietMs;
    if (quiet || now - started >= options.maxMs) {
      state.ranMs = now - started;
      settle();
      return;
    }
    setTimeout(tick, options.everyMs);
  };
  setTimeout(tick, 0);
  (window as unknown as { __backstoryNamesClock: unknown }).__backstoryNamesClock = {
    settled,
    read: () => {
      const nav = performance.getEntriesByType('navigation')[0] as
        PerformanceNavigationTiming | undefined;
      const dcl = nav?.domContentLoadedEventStart ?? 0;
      const names = new Set<string>();
      for (const k of kinds)
        for (const r of (CSS.highlights.get(k) ?? []) as Iterable<Range>) names.add(r.toString());
      return {
        allNamesMs: state.lastChangeAt === null ? null : state.lastChangeAt - dcl,
        changes: state.changes,
        names: [...names],
        ranMs: state.ranMs,
      };
    },
  };
}

/** Resolves once the page's clock has settled (or stopped at its bound). */
export async function namesSettled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      (window as unknown as { __backstoryNamesClock: { settled: Promise<void> } })
        .__backstoryNamesClock.settled,
  );
}

export function readNamesClock(page: Page): Promise<NamesClockReading> {
  return page.evaluate(() =>
    (
      window as unknown as { __backstoryNamesClock: { read(): NamesClockReading } }
    ).__backstoryNamesClock.read(),
  );
}
