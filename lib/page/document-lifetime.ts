/**
 * One page run per document. `document.open()` keeps the Document object but erases every
 * event listener on it and its window and throws its whole tree away, so a page that rewrites
 * itself that way would leave Backstory deaf and painting ranges into nothing. Each run gets a
 * lifetime of its own that ends when the document's root element is replaced (or when the
 * content script is invalidated), and a new run starts on the new root.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** What a page run uses of the content script's context; everything it registers ends with it. */
export type PageLifetime = Pick<
  ContentScriptContext,
  'isValid' | 'addEventListener' | 'setTimeout' | 'requestAnimationFrame' | 'onInvalidated'
>;

/** A lifetime inside `parent` that also ends when `end()` is called. */
export function childLifetime(parent: PageLifetime): PageLifetime & { end(): void } {
  let ended = false;
  const endListeners = new Set<() => void>();
  const end = () => {
    if (ended) return;
    ended = true;
    for (const listener of endListeners) listener();
    endListeners.clear();
  };
  parent.onInvalidated(end);
  const life = {
    get isValid() {
      return !ended && parent.isValid;
    },
    onInvalidated(listener: () => void) {
      if (ended) {
        listener();
        return () => {};
      }
      endListeners.add(listener);
      return () => void endListeners.delete(listener);
    },
    setTimeout(handler: () => void, timeout?: number) {
      return parent.setTimeout(() => {
        if (!ended) handler();
      }, timeout);
    },
    requestAnimationFrame(callback: FrameRequestCallback) {
      return parent.requestAnimationFrame((time) => {
        if (!ended) callback(time);
      });
    },
    addEventListener(
      target: EventTarget,
      type: string,
      handler: (event: Event) => void,
      options?: AddEventListenerOptions,
    ) {
      // The parent removes it when the content script goes; an ended run's handler stays quiet.
      parent.addEventListener(
        target as Window,
        type as keyof WindowEventMap,
        (event: Event) => {
          if (!ended) handler(event);
        },
        options,
      );
    },
    end,
  };
  return life as unknown as PageLifetime & { end(): void };
}

/**
 * Run `start` for the document as it is now, and again each time `document.open()` replaces
 * its root element; the previous run's lifetime ends first.
 */
export function forEachDocument(
  parent: PageLifetime,
  doc: Document,
  start: (life: PageLifetime) => void,
): void {
  let root = doc.documentElement;
  let current = childLifetime(parent);
  start(current);
  // Only the document's own children: a cheap observer that sees nothing of the page's edits.
  const observer = new MutationObserver(() => {
    if (doc.documentElement === root) return;
    root = doc.documentElement;
    current.end();
    // document.open() empties the document first; the run starts when the new root is there.
    if (!root || !parent.isValid) return;
    current = childLifetime(parent);
    start(current);
  });
  observer.observe(doc, { childList: true });
  parent.onInvalidated(() => observer.disconnect());
}
