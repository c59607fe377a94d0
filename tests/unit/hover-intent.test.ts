import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHoverIntent } from '../../lib/hover/hover-intent';

describe('hover intent', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup() {
    const events: string[] = [];
    const intent = createHoverIntent<string>({
      openDelay: 400,
      closeDelay: 300,
      onOpen: (t) => events.push(`open ${t}`),
      onClose: () => events.push('close'),
    });
    return { intent, events };
  }

  it('opens only after the pointer rests', () => {
    const { intent, events } = setup();
    intent.pointerOver('putin');
    vi.advanceTimersByTime(399);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open putin']);
  });

  it('does nothing when the pointer passes over a name', () => {
    const { intent, events } = setup();
    intent.pointerOver('putin');
    vi.advanceTimersByTime(200);
    intent.pointerOver(null);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([]);
  });

  it('stays open while the pointer is on the card, closes after the grace delay', () => {
    const { intent, events } = setup();
    intent.pointerOver('putin');
    vi.advanceTimersByTime(400);
    intent.pointerOver(null);
    vi.advanceTimersByTime(100);
    intent.pointerOnCard(true);
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['open putin']);
    intent.pointerOnCard(false);
    vi.advanceTimersByTime(299);
    expect(events).toEqual(['open putin']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open putin', 'close']);
  });

  it('closes at once on dismiss (Escape)', () => {
    const { intent, events } = setup();
    intent.pointerOver('putin');
    vi.advanceTimersByTime(400);
    intent.dismiss();
    expect(events).toEqual(['open putin', 'close']);
    expect(intent.openTarget).toBeNull();
  });

  it('moves from one name to another', () => {
    const { intent, events } = setup();
    intent.pointerOver('putin');
    vi.advanceTimersByTime(400);
    intent.pointerOver('kyiv');
    vi.advanceTimersByTime(400);
    expect(events).toEqual(['open putin', 'close', 'open kyiv']);
  });
});

describe('hover intent: prefetch and immediate open', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts loading at 150 ms and shows at 400 ms', () => {
    const events: string[] = [];
    const intent = createHoverIntent<string>({
      prefetchDelay: 150,
      openDelay: 400,
      closeDelay: 300,
      onPrefetch: (t) => events.push(`load ${t}`),
      onOpen: (t) => events.push(`open ${t}`),
      onClose: () => events.push('close'),
    });
    intent.pointerOver('kyiv');
    vi.advanceTimersByTime(150);
    expect(events).toEqual(['load kyiv']);
    vi.advanceTimersByTime(250);
    expect(events).toEqual(['load kyiv', 'open kyiv']);
    intent.openNow('odesa');
    expect(events).toEqual(['load kyiv', 'open kyiv', 'close', 'open odesa']);
    intent.setOpenDelay(1000);
    intent.pointerOver('miami');
    vi.advanceTimersByTime(999);
    expect(events.at(-1)).toBe('close');
    vi.advanceTimersByTime(1);
    expect(events.at(-1)).toBe('open miami');
  });
});
