import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { ask } from '../../lib/messaging/client';
import { TabRequestSchema, type TabResponseMap } from '../../lib/messaging/protocol';
import { canPaint, clearPaint, installHighlightStyles, paint } from '../../lib/paint/highlights';
import { wireHover } from './hover-wiring';
import { emptyCounts, scanPage, type PageScan } from './page-scan';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const reported = new Set<string>();
    // Problems go to the background's log, once each: never into the page's console.
    const report = (message: string) => {
      if (reported.has(message)) return;
      reported.add(message);
      void ask({ type: 'report', context: `page ${location.origin}`, message });
    };
    let scan: PageScan = { roots: [], counts: emptyCounts() };
    let scanned = false;

    const onTabMessage = (message: unknown): Promise<TabResponseMap['page-stats']> | undefined => {
      if (!v.is(TabRequestSchema, message)) return undefined;
      return Promise.resolve({ ok: true, counts: scan.counts, scanned });
    };
    browser.runtime.onMessage.addListener(onTabMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onTabMessage);
      if (canPaint()) clearPaint();
    });

    if (!canPaint()) {
      report('this browser has no CSS Custom Highlight API; nothing is highlighted');
      return;
    }
    void (async () => {
      try {
        scan = await scanPage(document, report);
        if (!ctx.isValid) return;
        installHighlightStyles(document);
        paint(scan.roots.flatMap((r) => r.entries.map((e) => ({ type: e.mention.type, range: e.range }))));
        scanned = true;
        wireHover(ctx, document, () => scan);
      } catch (error) {
        report(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
      }
    })();
  },
});
