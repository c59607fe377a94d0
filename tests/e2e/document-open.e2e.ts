/**
 * A page that replaces itself with `document.open()` and `document.write()` gets Backstory
 * again: the new text is read and painted, and hovering a name opens its card.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, type Launched } from '../../scripts/harness/browser';
import { hoverText, waitForCard, waitForHighlight } from '../../scripts/harness/page-readers';
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

it('reads and paints the new document after document.open(), and its cards open', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${pages.url}/document-open.html`);
  await waitForHighlight(page, 'backstory-person', 'Vladimir Putin');
  await page.evaluate(() => (window as unknown as { rewrite(): void }).rewrite());
  await waitForHighlight(page, 'backstory-person', 'Emmanuel Macron');
  await waitForHighlight(page, 'backstory-place', 'Kyiv');
  // The old document's ranges are gone from the registry, not left pointing at nothing.
  const stale = await page.evaluate(() =>
    [...(CSS.highlights.get('backstory-person') ?? [])].some(
      (r) => (r as Range).toString() === 'Vladimir Putin',
    ),
  );
  expect(stale).toBe(false);
  await hoverText(page, 'backstory-person', 'Emmanuel Macron');
  const card = await waitForCard(page);
  expect(card.name).toBe('Emmanuel Macron');
});
