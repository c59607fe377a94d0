/**
 * When the page's names were painted, seen from the page's own world: an init script polls the
 * highlight registry (shared by the page and the content script) on a short timer and records,
 * relative to the start of DOMContentLoaded, when the set of person/place/org ranges last
 * changed. The bench asks it when the registry is at rest (unchanged for a while), and ends the
 * load once the extension also says its read is done; a load without the extension runs to a
 * bound instead, so the two runs of a page are compared over the same time.
 */
import type { Page } from 'playwright-core';

export interface NamesClockOptions {
  /** The registry is at rest once it held still this long (ms). */
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
  /** How long the clock ran, from the document's start to the end of the load (ms). */
  ranMs: number;
}

interface ClockApi {
  /** Resolves true once the registry has held still for `quietMs`, false at the bound. */
  rest(): Promise<boolean>;
  /** Resolves at the bound. */
  bound(): Promise<void>;
  /** The load is over: polling stops and `ranMs` is taken. */
  stop(): void;
  read(): NamesClockReading;
}

/**
 * Runs in the page's world before any of its scripts. The cheap signature (object, size, first
 * and last range) is compared on every tick; only when it moves is the full content compared,
 * so a registry re-set with the same ranges is not a change. The registry as it was when the
 * clock started (normally empty) is not a change either: a page given no names has none.
 */
export function namesClock(options: NamesClockOptions): void {
  const kinds = ['backstory-person', 'backstory-place', 'backstory-org'];
  const started = performance.now();
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
  const state = {
    lastChangeAt: null as number | null,
    changes: 0,
    ranMs: NaN,
    key: content(),
    signature: signature(),
    stopped: false,
  };
  let waiters: ((atRest: boolean) => void)[] = [];
  let reachBound: () => void = () => undefined;
  const bounded = new Promise<void>((resolve) => (reachBound = resolve));
  const tick = () => {
    if (state.stopped) return;
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
    if (now - started >= options.maxMs) {
      state.stopped = true;
      state.ranMs = now - started;
      for (const w of waiters) w(false);
      waiters = [];
      reachBound();
      return;
    }
    if (waiters.length && now - (state.lastChangeAt ?? started) >= options.quietMs) {
      for (const w of waiters) w(true);
      waiters = [];
    }
    setTimeout(tick, options.everyMs);
  };
  setTimeout(tick, 0);
  const api: ClockApi = {
    rest: () =>
      state.stopped ? Promise.resolve(false) : new Promise((resolve) => waiters.push(resolve)),
    bound: () => bounded,
    stop: () => {
      if (state.stopped) return;
      state.stopped = true;
      state.ranMs = performance.now() - started;
    },
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
  (window as unknown as { __backstoryNamesClock: ClockApi }).__backstoryNamesClock = api;
}

/** Resolves true once the page's registry is at rest, false if the clock reached its bound first. */
export function namesAtRest(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    (window as unknown as { __backstoryNamesClock: ClockApi }).__backstoryNamesClock.rest(),
  );
}

/** Resolves when the page's clock reaches its bound. */
export function namesBound(page: Page): Promise<void> {
  return page.evaluate(() =>
    (window as unknown as { __backstoryNamesClock: ClockApi }).__backstoryNamesClock.bound(),
  );
}

/** The load is over: the clock stops and notes how long it ran. */
export function stopNamesClock(page: Page): Promise<void> {
  return page.evaluate(() =>
    (window as unknown as { __backstoryNamesClock: ClockApi }).__backstoryNamesClock.stop(),
  );
}

export function readNamesClock(page: Page): Promise<NamesClockReading> {
  return page.evaluate(() =>
    (window as unknown as { __backstoryNamesClock: ClockApi }).__backstoryNamesClock.read(),
  );
}
