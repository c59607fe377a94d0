/**
 * The research notebook in real Chromium: a card's Save and a text selection (as the context
 * menu sends it) become clips with the page's source; the notebook lists them, keeps an edited
 * author, exports CSL-JSON with the clip's fields and copies an APA citation.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, openHighlighted, type Launched } from '../../scripts/harness/browser';
import { clickCardButton, hoverText, waitForCard } from '../../scripts/harness/page-readers';
import { ROOT } from '../../scripts/harness/paths';
import { serveDir } from '../../scripts/harness/static-server';

const PATIENT = { timeout: 30_000 };
let browser: Launched;
let server: Awaited<ReturnType<typeof serveDir>>;
beforeAll(async () => {
  server = await serveDir(join(ROOT, 'demo'));
  browser = await launchWithExtension();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
afterAll(async () => {
  // The browser first: the server's close waits for the connections it keeps open.
  await browser?.close();
  await server?.close();
});

it('saves a card and a selection, edits, exports CSL-JSON and copies a citation', async () => {
  const page = await openHighlighted(browser, `${server.url}/index.html`);
  await hoverText(page, 'backstory-person', 'Vladimir Putin');
  await waitForCard(page, 30_000);
  await clickCardButton(page, 'Save');
  // Select a sentence, then ask the tab to save it as the context menu's item does.
  await page.evaluate(() => {
    const p = [...document.querySelectorAll('article p, article li')].find((e) =>
      e.textContent?.includes('Kherson'),
    );
    if (!p) throw new Error('no item naming Kherson');
    const range = document.createRange();
    range.selectNodeContents(p);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  });
  const worker = browser.context.serviceWorkers()[0];
  await page.bringToFront();
  const saved = await worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') })
      .chrome;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.tabs.sendMessage(tab.id as number, { type: 'clip-selection' });
  });
  expect(saved).toEqual({ ok: true, saved: true });

  const notebook = await browser.context.newPage();
  await notebook.goto(`chrome-extension://${browser.extensionId}/notebook.html`);
  await expect.poll(() => notebook.locator('[data-clip]').count(), PATIENT).toBe(2);
  const quotes = await notebook.locator('[data-field=quote]').allTextContents();
  expect(quotes.some((q) => q.includes('Kherson'))).toBe(true);
  expect(quotes.some((q) => q.includes('Putin'))).toBe(true);
  // The reference article's own metadata: its headline and outlet.
  const title = await notebook.locator('[data-field=title]').first().inputValue();
  expect(title).toMatch(/Putin/);
  expect(await notebook.locator('[data-field=outlet]').first().inputValue()).toBe('CRBC News');

  // The reader corrects the authors of the first clip; the edit is stored.
  const authors = notebook.locator('[data-field=authors]').first();
  await authors.fill('Jane Doe\n"CRBC Newsroom"');
  await authors.blur();
  await expect
    .poll(async () => {
      await notebook.reload();
      return notebook.locator('[data-field=authors]').first().inputValue();
    }, PATIENT)
    .toBe('Jane Doe\n"CRBC Newsroom"');

  await notebook.locator('[data-export=format]').selectOption('csl-json');
  expect(await notebook.locator('[data-export=explanation]').textContent()).toMatch(/CSL-JSON/);
  const [download] = await Promise.all([
    notebook.waitForEvent('download'),
    notebook.locator('[data-action=export]').click(),
  ]);
  const items = JSON.parse(await readFile((await download.path()) as string, 'utf8')) as {
    type: string;
    title: string;
    URL: string;
    'container-title'?: string;
    author?: { family?: string; given?: string; literal?: string }[];
  }[];
  expect(items.length).toBeGreaterThan(0);
  expect(items[0]).toMatchObject({ type: 'article-newspaper', 'container-title': 'CRBC News' });
  expect(items[0].URL).toMatch(/^http:\/\/127\.0\.0\.1/);
  expect(
    items.some(
      (i) =>
        JSON.stringify(i.author) ===
        JSON.stringify([{ family: 'Doe', given: 'Jane' }, { literal: 'CRBC Newsroom' }]),
    ),
  ).toBe(true);

  await notebook.locator('[data-action=cite]').first().click();
  await expect
    .poll(() => notebook.evaluate(() => navigator.clipboard.readText()), PATIENT)
    .toMatch(/^Doe, J\., & CRBC Newsroom\. \(\d{4}/);
});
