/**
 * Watch lists end to end: a list added on the settings page is painted on an article that is
 * already open, under its own highlight name, without a reload; a refused expression is named
 * next to the terms and nothing is saved.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, openHighlighted, type Launched } from '../../scripts/harness/browser';
import {
  evaluateInTarget,
  readHighlights,
  waitForHighlight,
} from '../../scripts/harness/page-readers';
import { ROOT } from '../../scripts/harness/paths';
import { serveDir } from '../../scripts/harness/static-server';

/** Waits on storage writes are generous: a loaded machine is slow, not wrong. */
const PATIENT = { timeout: 30_000 };

let browser: Launched;
let server: Awaited<ReturnType<typeof serveDir>>;
let article: Page;

beforeAll(async () => {
  server = await serveDir(join(ROOT, 'demo'));
  browser = await launchWithExtension();
  article = await openHighlighted(browser, `${server.url}/index.html`);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface StoredList {
  id: string;
  terms: string[];
}

const storedLists = () =>
  browser.context.serviceWorkers()[0].evaluate(async () => {
    const chrome = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome;
    const settings = (await chrome.storage.local.get('settings')).settings as
      { watchLists?: StoredList[] } | undefined;
    return settings?.watchLists ?? [];
  });

it('paints a new list on an open article under its own name, and refuses a bad expression', async () => {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByRole('button', { name: 'Add a watch list' }).click();
  await expect.poll(async () => (await storedLists()).length, PATIENT).toBe(1);
  const [{ id }] = await storedLists();
  const terms = options.getByLabel('Terms, one per line');
  await terms.fill('Umerov\n/kherson\\w*/');
  await terms.press('Tab');
  await expect
    .poll(async () => (await storedLists())[0]?.terms, PATIENT)
    .toEqual(['Umerov', '/kherson\\w*/']);

  // The settings page's looks preview follows the list: its first term, in the list's look.
  const name = `backstory-watch-${id}`;
  await expect
    .poll(async () => (await readHighlights(options))[name] ?? [], PATIENT)
    .toEqual(['Umerov', 'Umerov']);
  const sample = options.locator(`.looks-preview-light [data-watch-sample="${id}"]`);
  await expect(sample.textContent()).resolves.toMatch(/^\s*Umerov \(watch list “.+”\)$/);

  // The article was open all along: it asks for its watch matches again and paints them.
  await waitForHighlight(article, name, 'Umerov', 30_000);
  const painted = (await readHighlights(article))[name];
  expect(painted).toContain('Umerov');
  expect(painted).toContain('Kherson');
  expect(painted.every((text) => /^(Umerov|Kherson\w*)$/.test(text))).toBe(true);

  // A refused expression: its message next to the terms, and the stored list unchanged.
  await terms.fill('Umerov\n/(a/');
  await terms.press('Tab');
  await expect
    .poll(() => options.locator('[data-field="watch-problems"]').textContent(), PATIENT)
    .toMatch(/Line 2, “\/\(a\/”: not a valid expression/);
  await expect(terms.getAttribute('aria-invalid')).resolves.toBe('true');
  await options.waitForTimeout(500);
  expect((await storedLists())[0].terms).toEqual(['Umerov', '/kherson\\w*/']);
  await options.close();

  // A page opened now gets its watch matches with its first recognize answer.
  const fresh = await openHighlighted(browser, `${server.url}/index.html`);
  await waitForHighlight(fresh, name, 'Umerov', 30_000);
  await fresh.close();
});

it('counts the list in the popup, and its next button steps the focus through its matches', async () => {
  const [{ id }] = await storedLists();
  const name = `backstory-watch-${id}`;
  const painted = (await readHighlights(article))[name];
  await article.bringToFront();
  const worker = browser.context.serviceWorkers()[0];
  await worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }
    ).chrome.action.openPopup(),
  );
  const cdp = await browser.context.newCDPSession(article);
  const count = async () =>
    Number(
      await evaluateInTarget(
        cdp,
        '/popup.html',
        `document.querySelector('[data-list="${id}"] [data-count="watch"]')?.textContent ?? 'NaN'`,
      ),
    );
  await expect.poll(count, PATIENT).toBe(painted.length);
  await evaluateInTarget(
    cdp,
    '/popup.html',
    `document.querySelector('[data-list="${id}"] [data-action="watch-next"]').click()`,
  );
  await waitForHighlight(article, 'backstory-focus', undefined, 30_000);
  const focused = (await readHighlights(article))['backstory-focus'];
  expect(focused).toHaveLength(1);
  expect(painted).toContain(focused[0]);
});
