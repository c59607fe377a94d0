import { browser } from 'wxt/browser';
import { ask } from '../../lib/messaging/client';
import { canPaint } from '../../lib/paint/highlights';
import { listenAsTab } from '../../lib/messaging/tab-listener';
import { startPage } from '../../lib/page/start-page';

type CardModule = typeof import('../../components/card-host');
/** Where the card module is in the built extension (a web-accessible resource). */
const CARD_MODULE = '/card.js' as Parameters<typeof browser.runtime.getURL>[0];

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // At document_start: the settings are read and the background woken while the page is
  // parsed; the article is read at DOMContentLoaded (lib/page/start-up.ts).
  runAt: 'document_start',
  // A newer copy of this script (after an update) tells the old one to stop with a DOM event
  // only: WXT's extra window.postMessage would wake every message listener of the page.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // No Highlight API: Backstory stays out of the page entirely.
    if (!canPaint()) return;
    startPage({
      ctx,
      doc: document,
      win: window,
      ask,
      sync: browser.storage.sync,
      local: browser.storage.local,
      onStorageChanged: (listener) => {
        browser.storage.onChanged.addListener(listener);
        return () => browser.storage.onChanged.removeListener(listener);
      },
      onTabMessage: listenAsTab,
      // The card's views are their own module (built by wxt.config.ts), loaded on first hover.
      loadCardView: async () => {
        const url = browser.runtime.getURL(CARD_MODULE);
        const module = (await import(/* @vite-ignore */ url)) as CardModule;
        return module.createCardHost;
      },
    });
  },
});
