// @vitest-environment happy-dom
/**
 * A card opened from the keyboard stays open while the page scrolls: stepping to a mention
 * scrolls it into view smoothly, and a reader who presses Enter before the scroll ends must
 * still get the card. Hover cards still close when the page scrolls under the pointer.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { CardView } from '../../lib/cards/card-state';
import { createHoverController } from '../../lib/hover/hover-controller';
import { HOVER_CLOSE_DELAY_MS, SCROLL_IDLE_MS } from '../../lib/constants';
import { DEFAULT_SETTINGS } from '../../lib/rules/settings';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup() {
  const shown: string[] = [];
  let hidden = 0;
  const view: CardView = {
    show: (state) => shown.push(state.status),
    hide: () => void hidden++,
    element: null,
    destroy: () => {},
  };
  const range = document.createRange();
  const target = { range };
  const control = createHoverController({
    ctx: {
      addEventListener: ((
        t: EventTarget,
        type: string,
        fn: EventListener,
        o?: AddEventListenerOptions,
      ) => t.addEventListener(type, fn, o)) as never,
      setTimeout: ((fn: () => void, ms: number) => setTimeout(fn, ms)) as never,
      requestAnimationFrame: ((fn: () => void) => setTimeout(fn, 16)) as never,
      onInvalidated: () => () => {},
    },
    doc: document,
    createView: () => view,
    targetAt: () => null,
    placeholder: () => ({ status: 'loading' }) as never,
    loadCard: () => new Promise(() => {}),
    settings: () => DEFAULT_SETTINGS,
    active: () => true,
    actionsFor: () => ({}) as never,
  });
  return { control, target, shown, hidden: () => hidden };
}

const scroll = () => document.dispatchEvent(new Event('scroll'));

it('keeps a card opened with Enter open while the page scrolls, and after', () => {
  const { control, target, shown, hidden } = setup();
  control.openNow(target);
  expect(shown).toEqual(['loading']);
  for (let i = 0; i < 10; i++) {
    scroll();
    vi.advanceTimersByTime(50);
  }
  vi.advanceTimersByTime(SCROLL_IDLE_MS + HOVER_CLOSE_DELAY_MS + 100);
  expect(control.openTarget).toBe(target);
  expect(hidden()).toBe(0);
  control.close();
  expect(control.openTarget).toBeNull();
  expect(hidden()).toBe(1);
});
