/**
 * Names are read in English text only: on a page in another language only figures are
 * highlighted, and the popup says why.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, type Launched } from '../../scripts/harness/browser';
import {
  evaluateInTarget,
  readHighlights,
  waitForHighlight,
  waitForStableHighlights,
} from '../../scripts/harness/page-readers';
import { ROOT } from '../../scripts/harness/paths';

import { serveDir } from '../../scripts/harness/static-server';

let browser: Launched;
let pages: Awaited<ReturnType<typeof serveDir>>;
beforeAll(async () => {
  pages = await serveDir(join(ROOT, 'tests/e2e/pages'));
  browser = await launchWithExtension();
});
afterAll(async () => {
  // The browser first: the server's close waits for the connections it keeps open.
  await browser?.close();
  await pages?.close();
});

it('says names are not read on a page in another language, and highlights only its figures', async () => {
  const french = await browser.context.newPage();
  await french.goto(`${pages.url}/french.html`);
  await waitForHighlight(french, 'backstory-figure', '7,5 %');
  await waitForStableHighlights(french);
  const highlights = await readHighlights(french);
  expect(highlights['backstory-person'] ?? []).toEqual([]);
  expect(highlights['backstory-place'] ?? []).toEqual([]);
  expect(highlights['backstory-org'] ?? []).toEqual([]);
  expect(highlights['backstory-figure']).toEqual(['3,5 €', '7,5 %', '26 blessés']);
  const cdp = await browser.context.newCDPSession(french);
  await french.bringToFront();
  const worker = browser.context.serviceWorkers()[0];
  await worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }
    ).chrome.action.openPopup(),
  );
  const note = () =>
    evaluateInTarget(
      cdp,
      '/popup.html',
      `document.querySelector('[data-field=language]')?.textContent ?? ''`,
    );
  await expect
    .poll(note, { timeout: 30_000 })
    .toMatch(/This page is in French\..*English text only/);
});
