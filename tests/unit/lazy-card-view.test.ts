/**
 * The card's views load on first use: what was asked of the card before they arrived is done
 * once they are there, and nothing is loaded for a page where nobody hovers.
 */
import { describe, expect, it } from 'vitest';
import type { CardState, CardView } from '../../lib/cards/card-state';
import { lazyCardView, type CreateCardView } from '../../lib/page/lazy-card-view';

const doc = {} as Document;
const anchor = {} as Range;
const state = (text: string): CardState => ({
  status: 'loading',
  mention: { start: 0, end: text.length, type: 'person', text, confidence: 1, via: 'alias' },
});

function setup(fail = false) {
  const calls: string[] = [];
  let loads = 0;
  let release: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => (release = resolve));
  const create: CreateCardView = () => {
    calls.push('create');
    const view: CardView = {
      show: (s) => void calls.push(`show ${s.status === 'watch' ? s.watch.text : s.mention.text}`),
      hide: () => void calls.push('hide'),
      element: null,
      destroy: () => void calls.push('destroy'),
    };
    return view;
  };
  const reports: string[] = [];
  const view = lazyCardView(
    async () => {
      loads++;
      await arrived;
      if (fail) throw new Error('blocked');
      return create;
    },
    doc,
    () => undefined,
    (message) => reports.push(message),
  );
  const settle = async () => {
    release();
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { view, calls, reports, settle, loads: () => loads };
}

describe('lazy card view', () => {
  it('loads nothing until it is asked to', () => {
    const { view, loads } = setup();
    view.hide();
    expect(view.element).toBeNull();
    expect(loads()).toBe(0);
  });

  it('shows the last card asked for once its views arrive, loading them once', async () => {
    const { view, calls, settle, loads } = setup();
    view.prepare();
    view.show(state('Kyiv'), anchor);
    view.show(state('Vladimir Putin'), anchor);
    expect(calls).toEqual([]);
    await settle();
    expect(calls).toEqual(['create', 'show Vladimir Putin']);
    view.show(state('Kyiv'), anchor);
    expect(calls.at(-1)).toBe('show Kyiv');
    expect(loads()).toBe(1);
  });

  it('shows nothing when the card was hidden or the page left before the views arrived', async () => {
    const hidden = setup();
    hidden.view.show(state('Kyiv'), anchor);
    hidden.view.hide();
    await hidden.settle();
    expect(hidden.calls).toEqual(['create']);

    const gone = setup();
    gone.view.show(state('Kyiv'), anchor);
    gone.view.destroy();
    await gone.settle();
    expect(gone.calls).toEqual([]);
  });

  it('reports views that could not be loaded', async () => {
    const { view, calls, reports, settle } = setup(true);
    view.show(state('Kyiv'), anchor);
    await settle();
    expect(calls).toEqual([]);
    expect(reports).toEqual(['card views not loaded: blocked']);
  });
});
