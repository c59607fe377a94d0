/**
 * Dynamic pages: a debounced MutationObserver on the article root reads it again when its text
 * changes (live blogs, infinite scroll); a page with no article yet is watched until one
 * appears; a root taken out of the page or a client-side navigation means a new page. Our own
 * UI is outside the root.
 */
import { RESCAN_DEBOUNCE_MS, ROOT_RETRIES } from '../constants';
import type { PageLifetime } from './document-lifetime';
import type { PageSession } from './page-session';

export function watchPage(ctx: PageLifetime, doc: Document, session: PageSession): void {
  let observer: MutationObserver | null = null;
  let retries = 0;

  const debounced = (run: () => void, ms = RESCAN_DEBOUNCE_MS) => {
    let timer = 0;
    return () => {
      clearTimeout(timer);
      timer = ctx.setTimeout(run, ms);
    };
  };

  const rewatch = () => {
    observer?.disconnect();
    observer = null;
    const scanned = session.root;
    if (!scanned) return watchForArticle();
    observer = new MutationObserver(
      debounced(() => {
        if (!scanned.root.isConnected) void rescan();
        else void session.scan({ sameRoot: true });
      }),
    );
    observer.observe(scanned.root, { subtree: true, childList: true, characterData: true });
  };

  const watchForArticle = () => {
    if (retries >= ROOT_RETRIES || !doc.body) return;
    observer = new MutationObserver(
      debounced(() => {
        retries++;
        observer?.disconnect();
        void rescan();
      }, RESCAN_DEBOUNCE_MS * 2),
    );
    observer.observe(doc.body, { subtree: true, childList: true });
  };

  const rescan = async () => {
    await session.scan();
    rewatch();
  };

  // A root taken out of the page by its parent (a client-side route change) is not seen by the
  // root's own observer: watch the body's children for that, cheaply (a connectivity check).
  const detachWatch = new MutationObserver(
    debounced(() => {
      if (session.root && !session.root.root.isConnected) void rescan();
    }),
  );
  if (doc.body) detachWatch.observe(doc.body, { childList: true, subtree: true });

  ctx.addEventListener(window, 'wxt:locationchange', () => void rescan());
  ctx.onInvalidated(() => {
    observer?.disconnect();
    detachWatch.disconnect();
  });
  rewatch();
}
