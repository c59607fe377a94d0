/**
 * Keeps the registered highlights in step with the page's mentions: all of them on ordinary
 * pages, and on very long pages only a band around the viewport, moved as the reader scrolls.
 */
import { PAINT_ALL_LIMIT, PAINT_MARGIN_VIEWPORTS } from '../constants';
import { clearPaint, installHighlightStyles, paint, type PaintEntry } from './highlights';
import { bandIsStale, bandNearViewport, type Band } from './viewport-window';

export interface PaintController {
  /** Replace what is painted with these mentions (in document order). */
  update(entries: readonly PaintEntry[]): void;
  /** The page scrolled: move the band if it has gone stale. */
  onScroll(): void;
  clear(): void;
  /** How many ranges are registered now (for stats and tests). */
  readonly registered: number;
}

/** Timers tied to the content script's life (WXT's ctx), so none fires after it is gone. */
export interface PaintTimers {
  requestFrame: (fn: () => void) => unknown;
  setTimer: (fn: () => void, ms: number) => unknown;
}

const sameEntries = (a: readonly PaintEntry[], b: readonly PaintEntry[]) =>
  a.length === b.length && a.every((e, i) => e === b[i]);

export function createPaintController(
  doc: Document,
  win: Window & typeof globalThis = window,
  timers: PaintTimers = {
    requestFrame: (fn) => win.requestAnimationFrame(fn),
    setTimer: (fn, ms) => win.setTimeout(fn, ms),
  },
): PaintController {
  let entries: readonly PaintEntry[] = [];
  let band: Band | null = null;
  let registered = 0;
  let enabled = true;
  let scheduled = false;
  /** What the band registered last. */
  let painted: readonly PaintEntry[] = [];

  /**
   * On long pages the band needs layout (range rectangles). Reading it right away could force
   * the page's whole first layout inside our task, so it waits until the browser has rendered
   * a frame (layout is then clean and cheap to read); updates in between are coalesced.
   */
  const renderAfterFrame = () => {
    if (scheduled) return;
    scheduled = true;
    timers.requestFrame(() =>
      timers.setTimer(() => {
        scheduled = false;
        render();
      }, 0),
    );
  };

  const render = () => {
    if (!enabled) return;
    installHighlightStyles(doc);
    if (entries.length <= PAINT_ALL_LIMIT) {
      band = null;
      painted = [];
      registered = entries.length;
      paint(entries, win);
      return;
    }
    band = bandNearViewport(entries, win.innerHeight, PAINT_MARGIN_VIEWPORTS);
    const slice = entries.slice(band.from, band.to);
    // A long page read batch by batch mostly grows below the band: registering the same
    // ranges again would only make the browser paint the page again.
    if (sameEntries(slice, painted)) return;
    painted = slice;
    registered = slice.length;
    paint(slice, win);
  };

  return {
    update(next) {
      entries = next;
      enabled = true;
      if (next.length <= PAINT_ALL_LIMIT) return render();
      // Until a band has been measured, the page's first mentions stand in for it (at load the
      // viewport is at the top): a long page read in slices shows its highlights as they come,
      // even while the browser is too busy to give us a frame. Registered once, not per slice.
      if (!band && registered < PAINT_ALL_LIMIT) {
        installHighlightStyles(doc);
        registered = PAINT_ALL_LIMIT;
        painted = next.slice(0, PAINT_ALL_LIMIT);
        paint(painted, win);
      }
      renderAfterFrame();
    },
    onScroll() {
      if (band && enabled && bandIsStale(entries, band, win.innerHeight)) render();
    },
    clear() {
      enabled = false;
      registered = 0;
      painted = [];
      clearPaint(win);
    },
    get registered() {
      return registered;
    },
  };
}
