/**
 * The toolbar popup, opened for real with `action.openPopup()` on the article's tab. Playwright
 * does not surface extension popups as pages, so its text is read over CDP.
 */
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  launchWithExtension,
  messageTab,
  openHighlighted,
  type Launched,
} from '../../scripts/harness/browser';
import { readHighlights } from '../../scripts/harness/page-readers';
import { ROOT } from '../../scripts/harness/paths';
import { serveDir } from '../../scripts/harness/static-server';

let browser: Launched;
let server: Awaited<ReturnType<typeof serveDir>>;
let page: Page;

beforeAll(async () => {
  server = await serveDir(join(ROOT, 'demo'));
  browser = await launchWithExtension();
  page = await openHighlighted(browser, `${server.url}/index.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Evaluate an expression in the first target whose URL contains `urlPart`. */
async function evaluateIn(cdp: CDPSession, urlPart: string, expression: string): Promise<unknown> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: { targetId: string; url: string }[];
  };
  const target = targetInfos.find((t) => t.url.includes(urlPart));
  if (!target) return undefined;
  const { sessionId } = (await cdp.send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: false,
  })) as { sessionId: string };
  const answer = new Promise<unknown>((resolve) => {
    cdp.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
      const message = JSON.parse(event.message) as {
        id?: number;
        result?: { result?: { value?: unknown } };
      };
      if (message.id === 1) resolve(message.result?.result?.value);
    });
  });
  await cdp.send('Target.sendMessageToTarget', {
    sessionId,
    message: JSON.stringify({
      id: 1,
      method: 'Runtime.evaluate',
      params: { expression, returnByValue: true },
    }),
  });
  return answer;
}

it('shows how many people, places, organisations and figures the tab highlights', async () => {
  const highlights = await readHighlights(page);
  await page.bringToFront();
  const worker = browser.context.serviceWorkers()[0];
  // A real toolbar click is out of reach for Playwright; openPopup opens the same popup for the active tab.
  await worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }
    ).chrome.action.openPopup(),
  );
  const cdp = await browser.context.newCDPSession(page);
  const read = `JSON.stringify(Object.fromEntries([...document.querySelectorAll('[data-count]')].map((e) => [e.dataset.count, Number(e.textContent)])))`;
  let counts: Record<string, number> = {};
  const readCounts = async () => {
    const text = (await evaluateIn(cdp, '/popup.html', read)) as string | undefined;
    counts = text ? (JSON.parse(text) as Record<string, number>) : {};
    return Object.keys(counts).length;
  };
  // The popup opens and asks the tab: generous, since a loaded machine is slow, not wrong.
  await expect.poll(readCounts, { timeout: 30_000 }).toBe(4);
  expect(counts).toEqual({
    person: highlights['backstory-person']?.length ?? 0,
    place: highlights['backstory-place']?.length ?? 0,
    org: highlights['backstory-org']?.length ?? 0,
    figure: highlights['backstory-figure']?.length ?? 0,
  });
  expect(counts.person).toBeGreaterThan(5);
});

it('lists what the tab highlights, in document order with each link, for the extension', async () => {
  const highlights = await readHighlights(page);
  const answer = (await messageTab(browser, page, { type: 'page-index' })) as {
    ok: boolean;
    truncated: boolean;
    mentions: { type: string; text: string; entityId?: string; name?: string }[];
  };
  expect(answer).toMatchObject({ ok: true, truncated: false });
  for (const type of ['person', 'place', 'org', 'figure'])
    expect(answer.mentions.filter((m) => m.type === type).map((m) => m.text)).toEqual(
      highlights[`backstory-${type}`] ?? [],
    );
  const putin = answer.mentions.find((m) => m.text === 'Vladimir Putin');
  expect(putin).toMatchObject({ name: 'Vladimir Putin', entityId: expect.any(String) });
});
