/**
 * The popup's counts follow the tab: asked again while the page is still reading, and after a
 * settings change until the page's answer shows it (the page may apply it after the popup asks).
 */
import { describe, expect, it } from 'vitest';
import {
  CHANGE_ROUNDS,
  FOLLOW_MS,
  followTabStats,
  type TabStats,
} from '../../components/popup-stats-follow';

const stats = (person: number, scanned = true, enabled = true): TabStats => ({
  ok: true,
  counts: { person, place: 0, org: 0, figure: 0 },
  scanned,
  enabled,
  registered: person,
});

/** A tab whose answers are `answers` in turn (the last one again once they run out). */
function harness(answers: TabStats[]) {
  const shown: TabStats[] = [];
  const waiting: (() => void)[] = [];
  let listener: (() => void) | null = null;
  let asked = 0;
  const stop = followTabStats({
    ask: async () => answers[Math.min(asked++, answers.length - 1)],
    onSettingsChanged: (l) => {
      listener = l;
      return () => (listener = null);
    },
    show: (s) => shown.push(s),
    later: (run, ms) => {
      expect(ms).toBe(FOLLOW_MS);
      waiting.push(run);
    },
  });
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return {
    shown,
    asked: () => asked,
    waiting: () => waiting.length,
    /** Run what the popup left for later, as its timer would. */
    tick: async () => {
      waiting.shift()?.();
      await settle();
    },
    change: async () => {
      listener?.();
      await settle();
    },
    listening: () => listener !== null,
    stop,
    settle,
  };
}

describe('the popup following its tab', () => {
  it('asks again while the page is still reading, and shows each new answer once', async () => {
    const h = harness([stats(1, false), stats(1, false), stats(4, false), stats(9)]);
    await h.settle();
    expect(h.shown).toEqual([stats(1, false)]);
    await h.tick();
    await h.tick();
    await h.tick();
    expect(h.shown).toEqual([stats(1, false), stats(4, false), stats(9)]);
    // Read through: nothing is left to ask.
    expect(h.waiting()).toBe(0);
    expect(h.asked()).toBe(4);
  });

  it('after a settings change, asks until the page shows it', async () => {
    // The page applies the change after answering once more as it was.
    const h = harness([stats(9), stats(9), stats(0, true, false)]);
    await h.settle();
    expect(h.waiting()).toBe(0);
    await h.change();
    expect(h.asked()).toBe(2);
    expect(h.waiting()).toBe(1);
    await h.tick();
    expect(h.shown).toEqual([stats(9), stats(0, true, false)]);
    expect(h.waiting()).toBe(0);
  });

  it('turned back on, follows the page as it reads it again', async () => {
    const h = harness([stats(0, true, false), stats(0, false), stats(5, false), stats(9)]);
    await h.settle();
    await h.change();
    await h.tick();
    await h.tick();
    expect(h.shown.at(-1)).toEqual(stats(9));
    expect(h.waiting()).toBe(0);
  });

  it('stops asking after a change that does not show on the page', async () => {
    // A new colour, say: the counts stay as they were.
    const h = harness([stats(9)]);
    await h.settle();
    await h.change();
    while (h.waiting()) await h.tick();
    expect(h.asked()).toBe(1 + CHANGE_ROUNDS);
    expect(h.shown).toEqual([stats(9)]);
  });

  it('shows nothing more once stopped, and stops listening', async () => {
    const h = harness([stats(1, false), stats(2)]);
    await h.settle();
    h.stop();
    await h.tick();
    expect(h.shown).toEqual([stats(1, false)]);
    expect(h.listening()).toBe(false);
  });
});
