/**
 * Keyboard focus over the page's mentions: next/previous steps through them in reading order,
 * drawn with the `backstory-focus` highlight and scrolled into view. Scrolling moves the
 * viewport only; the page's DOM is untouched.
 */
import { FOCUS_HIGHLIGHT } from '../paint/highlights';
import { bandNearViewport } from '../paint/viewport-window';
import type { MentionEntry } from './mention-entry';
import type { PageSession } from './page-session';
import type { WatchEntry } from './watch-entries';

/** What stepping can land on: a mention, or a watch list's match. */
export type FocusTarget = MentionEntry | WatchEntry;

export interface FocusNav {
  /** Step through the page's mentions, or through `among` (one watch list's matches). */
  step(direction: 1 | -1, among?: readonly FocusTarget[]): FocusTarget | null;
  /** Focus this mention or watch match (the side panel's choice); stepping goes on from it. */
  focus(entry: FocusTarget): void;
  /** The mention or watch match focused now (Enter opens its card). */
  readonly current: FocusTarget | null;
  clear(): void;
}

export function createFocusNav(win: Window & typeof globalThis, session: PageSession): FocusNav {
  let current: FocusTarget | null = null;
  const reduceMotion = () => win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const show = (entry: FocusTarget) => {
    current = entry;
    win.CSS.highlights.set(FOCUS_HIGHLIGHT, new win.Highlight(entry.range));
    const element = entry.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: reduceMotion() ? 'auto' : 'smooth' });
  };
  return {
    step(direction, among) {
      const entries = among ?? session.allEntries();
      if (!entries.length) return null;
      let index = current
        ? entries.findIndex(
            (e) =>
              e.start === current?.start &&
              e.range.startContainer === current?.range.startContainer,
          )
        : -1;
      if (index < 0) {
        // Start from what the reader is looking at, not from the top of the page.
        const { from } = bandNearViewport(entries, win.innerHeight, 0);
        index = direction === 1 ? from - 1 : from;
      }
      index = (index + direction + entries.length) % entries.length;
      show(entries[index]);
      return entries[index];
    },
    focus: show,
    get current() {
      return current;
    },
    clear() {
      current = null;
      win.CSS.highlights.delete(FOCUS_HIGHLIGHT);
    },
  };
}
