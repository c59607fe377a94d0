/**
 * What the bench asks of the extension itself, all of it outside the measured figures: its
 * mention counts (`page-stats`, which every build answers with `counts`), the ranges it has in
 * the highlight registry, and stopping its service worker the way the browser does when idle.
 */
import type { Page } from 'playwright-core';
import { messageTab, type Launched } from '../harness/browser';

interface PageStats {
  scanned?: boolean;
  counts?: Record<string, number>;
}

async function pageStats(launched: Launched, page: Page): Promise<PageStats | null> {
  return (
    ((await messageTab(launched, page, { type: 'page-stats' }).catch(
      () => null,
    )) as PageStats | null) ?? null
  );
}

const total = (stats: PageStats | null) =>
  Object.values(stats?.counts ?? {}).reduce((a, b) => a + b, 0);

/** Mentions the page's content script counts (every type, figures included). */
export async function mentionCount(launched: Launched, page: Page): Promise<number> {
  return total(await pageStats(launched, page));
}

/** The content script's first full read of the page is done (whatever it found, names or none). */
export async function readDone(launched: Launched, page: Page): Promise<boolean> {
  return (await pageStats(launched, page))?.scanned === true;
}

/** Ranges registered under backstory-* names now: what the page's highlight registry holds. */
export function registeredRanges(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    for (const [name, h] of CSS.highlights)
      if (name.startsWith('backstory-')) n += (h as Highlight).size;
    return n;
  });
}

/**
 * Waits until the page is read (the extension says so) and its counts held still for `quietMs` (bounded by `maxMs`);
 * returns how long that took, so the run without the extension can wait as long.
 */
export async function untilCountsHoldStill(
  launched: Launched,
  page: Page,
  quietMs: number,
  maxMs: number,
): Promise<number> {
  const started = Date.now();
  let last = '';
  let since = Date.now();
  while (Date.now() - started < maxMs) {
    const stats = await pageStats(launched, page);
    const key = JSON.stringify(stats?.counts ?? null);
    if (key !== last) {
      last = key;
      since = Date.now();
    } else if (stats?.scanned && Date.now() - since >= quietMs) break;
    await page.waitForTimeout(200);
  }
  return Date.now() - started;
}

/**
 * Stops the extension's service worker over CDP, as the browser does after 30 s idle; true once
 * the browser reports it stopped (the DevTools protocol's own account, not Playwright's).
 */
export async function stopExtensionWorker(launched: Launched): Promise<boolean> {
  const page = await launched.context.newPage();
  try {
    const cdp = await launched.context.newCDPSession(page);
    const ours = (v: { scriptURL: string }) =>
      v.scriptURL.startsWith(`chrome-extension://${launched.extensionId}/`);
    const stopped = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 5_000);
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        const mine = versions.filter(ours);
        if (mine.length && mine.every((v) => v.runningStatus === 'stopped')) {
          clearTimeout(timer);
          resolve(true);
        }
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    return await stopped;
  } finally {
    await page.close();
  }
}
