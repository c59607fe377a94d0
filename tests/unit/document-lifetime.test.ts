// @vitest-environment happy-dom
/**
 * A page run per document: `document.open()` replaces the document's tree, so the run on the
 * old tree ends (its timers and listeners go quiet) and a new run starts on the new tree.
 */
import { expect, it } from 'vitest';
import {
  childLifetime,
  forEachDocument,
  type PageLifetime,
} from '../../lib/page/document-lifetime';

/** A parent lifetime like the content script's context, invalidated by hand. */
function parentLifetime(): PageLifetime & { invalidate(): void } {
  const listeners: (() => void)[] = [];
  let valid = true;
  return {
    get isValid() {
      return valid;
    },
    onInvalidated: (fn: () => void) => (listeners.push(fn), () => {}),
    setTimeout: (fn: () => void, ms?: number) => window.setTimeout(fn, ms),
    requestAnimationFrame: (fn: FrameRequestCallback) => window.requestAnimationFrame(fn),
    addEventListener: (target: EventTarget, type: string, fn: (e: Event) => void) =>
      target.addEventListener(type, fn),
    invalidate() {
      valid = false;
      for (const fn of listeners) fn();
    },
  } as unknown as PageLifetime & { invalidate(): void };
}

const rewrite = (body: string) => {
  document.open();
  document.write(`<!doctype html><html><head></head><body>${body}</body></html>`);
  document.close();
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

it('starts a new run when document.open() replaces the tree, and ends the old one', async () => {
  rewrite('<p>first</p>');
  const parent = parentLifetime();
  const runs: { life: PageLifetime; text: string; ended: boolean }[] = [];
  forEachDocument(parent, document, (life) => {
    const run = { life, text: document.body.textContent ?? '', ended: false };
    life.onInvalidated(() => (run.ended = true));
    runs.push(run);
  });
  expect(runs.map((r) => r.text)).toEqual(['first']);
  rewrite('<p>second</p>');
  await settle();
  expect(runs.map((r) => [r.text, r.ended, r.life.isValid])).toEqual([
    ['first', true, false],
    ['second', false, true],
  ]);
  // Edits inside the page are not a new document.
  document.body.append(document.createElement('p'));
  await settle();
  expect(runs).toHaveLength(2);
  parent.invalidate();
  expect(runs[1].ended).toBe(true);
});

it("keeps an ended run's timers and listeners quiet", async () => {
  const parent = parentLifetime();
  const life = childLifetime(parent);
  const calls: string[] = [];
  life.addEventListener(document, 'ping', () => calls.push('listener'));
  life.setTimeout(() => calls.push('timer'), 0);
  document.dispatchEvent(new Event('ping'));
  life.end();
  document.dispatchEvent(new Event('ping'));
  await settle();
  expect(calls).toEqual(['listener']);
  let late = false;
  life.onInvalidated(() => (late = true));
  expect(late).toBe(true);
});
