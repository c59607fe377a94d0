/**
 * Dynamic pages: a debounced MutationObserver on each article root rescans that root when its
 * text changes (live blogs, infinite scroll); a page with no article yet is watched until one
 * appears; client-side navigation rescans everything. Our own UI is outside the roots.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { RESCAN_DEBOUNCE_MS, ROOT_RETRIES } from '../../lib/constants';
import type { PageSession } from './page-session';

export function watchPage(ctx: ContentScriptContext, doc: Document, session: PageSession, onRescanned: () => void): void {
  let observers: MutationObserver[] = [];
  let retries = 0;

  const rewatch = () => {
    for (const o of observers) o.disconnect();
    observers = [];
    if (!session.roots.length) {
      watchForArticle();
      return;
    }
    session.roots.forEach((scanned, index) => {
      if (!scanned) return;
      let timer = 0;
      const observer = new MutationObserver(() => {
        clearTimeout(timer);
        timer = ctx.setTimeout(() => {
          // A root taken out of the page (a client-side route change) means a new page.
          if (!scanned.root.isConnected) void rescanAll();
          else void session.scanRoot(scanned.root, index).then(onRescanned);
        }, RESCAN_DEBOUNCE_MS);
      });
      observer.observe(scanned.root, { subtree: true, childList: true, characterData: true });
      observers.push(observer);
    });
  };

  // A root taken out of the page by its parent (a client-side route change) is not seen by the
  // root's own observer: watch the body's children for that, cheaply (a connectivity check).
  let detachTimer = 0;
  const detachWatch = new MutationObserver(() => {
    clearTimeout(detachTimer);
    detachTimer = ctx.setTimeout(() => {
      if (session.roots.some((r) => r && !r.root.isConnected)) void rescanAll();
    }, RESCAN_DEBOUNCE_MS);
  });
  if (doc.body) detachWatch.observe(doc.body, { childList: true, subtree: true });

  const watchForArticle = () => {
    if (retries >= ROOT_RETRIES || !doc.body) return;
    let timer = 0;
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = ctx.setTimeout(() => {
        retries++;
        observer.disconnect();
        void rescanAll();
      }, RESCAN_DEBOUNCE_MS * 2);
    });
    observer.observe(doc.body, { subtree: true, childList: true });
    observers.push(observer);
  };

  const rescanAll = async () => {
    await session.scanAll();
    onRescanned();
    rewatch();
  };

  ctx.addEventListener(window, 'wxt:locationchange', () => void rescanAll());
  ctx.onInvalidated(() => {
    observers.forEach((o) => o.disconnect());
    detachWatch.disconnect();
  });
  rewatch();
}
