/**
 * Keyboard use: the browser commands (forwarded by the background as protocol messages; a real
 * shortcut press cannot be sent to browser UI from Playwright) toggle highlights and step through
 * mentions; Enter opens the focused mention's card and Escape closes it.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  launchWithExtension,
  messageTab,
  openHighlighted,
  type Launched,
} from '../../scripts/harness/browser';
import { cardIsOpen, readHighlights, waitForCard } from '../../scripts/harness/page-readers';
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

const focused = () =>
  page.evaluate(() =>
    ([...(CSS.highlights.get('backstory-focus') ?? [])] as Range[]).map((r) => r.toString()),
  );

it('steps to the next and previous mention with a focus highlight, scrolled into view', async () => {
  const h = await readHighlights(page);
  expect(await messageTab(browser, page, { type: 'command', name: 'next-mention' })).toEqual({
    ok: true,
  });
  const first = await focused();
  expect(first).toHaveLength(1);
  await messageTab(browser, page, { type: 'command', name: 'next-mention' });
  const second = await focused();
  expect(second).toHaveLength(1);
  await messageTab(browser, page, { type: 'command', name: 'previous-mention' });
  expect(await focused()).toEqual(first);
  expect(Object.values(h).flat()).toContain(first[0]);
  for (let i = 0; i < 12; i++)
    await messageTab(browser, page, { type: 'command', name: 'next-mention' });
  // Smooth scrolling brings it into view.
  const inView = () =>
    page.evaluate(() => {
      const r = ([...CSS.highlights.get('backstory-focus')!] as Range[])[0].getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
  await expect.poll(inView, { timeout: 30_000 }).toBe(true);
});

it('opens the focused mention with Enter and closes it with Escape', async () => {
  expect(await messageTab(browser, page, { type: 'command', name: 'next-mention' })).toEqual({
    ok: true,
  });
  expect(await focused()).toHaveLength(1);
  await page.keyboard.press('Enter');
  const card = await waitForCard(page);
  expect(card.name.length).toBeGreaterThan(0);
  await page.keyboard.press('Escape');
  expect(await cardIsOpen(page)).toBe(false);
  await page.keyboard.press('Escape');
  expect(await focused()).toEqual([]);
});

it('toggles the page highlights off and on', async () => {
  const before = await readHighlights(page);
  await messageTab(browser, page, { type: 'command', name: 'toggle-highlights' });
  expect(await readHighlights(page)).toEqual({});
  await messageTab(browser, page, { type: 'command', name: 'toggle-highlights' });
  expect(await readHighlights(page)).toEqual(before);
});

it('rejects malformed tab messages', async () => {
  expect(
    await messageTab(browser, page, { type: 'command', name: 'format-disk' }).catch(
      () => 'rejected',
    ),
  ).not.toEqual({ ok: true });
});
