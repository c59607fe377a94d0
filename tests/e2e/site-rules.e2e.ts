/**
 * Site rules from the popup, on the reference article: "off" for the site takes the highlights
 * off the open tab without a reload and keeps them off after one; "all" brings them back. The
 * popup is opened for real with `action.openPopup()` and driven over CDP (see popup.e2e.ts).
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
import {
  clickCardButton,
  evaluateInTarget,
  hoverText,
  readHighlights,
  waitForCard,
  waitForHighlight,
  waitInCard,
} from '../../scripts/harness/page-readers';
import { ROOT } from '../../scripts/harness/paths';
import { serveDir } from '../../scripts/harness/static-server';

let browser: Launched;
let server: Awaited<ReturnType<typeof serveDir>>;
let page: Page;
let cdp: CDPSession;

beforeAll(async () => {
  server = await serveDir(join(ROOT, 'demo'));
  browser = await launchWithExtension();
  page = await openHighlighted(browser, `${server.url}/index.html`);
  cdp = await browser.context.newCDPSession(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** How many ranges the page's backstory-* highlights hold. */
const painted = async () =>
  Object.values(await readHighlights(page)).reduce((n, ranges) => n + ranges.length, 0);

async function openPopup(): Promise<void> {
  // A popup still open from an earlier step is closed first, as a reader's click elsewhere
  // would: Chromium refuses to open a second one ("Failed to open popup").
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: { targetId: string; url: string }[];
  };
  for (const t of targetInfos.filter((info) => info.url.includes('/popup.html')))
    await cdp.send('Target.closeTarget', { targetId: t.targetId });
  await expect
    .poll(async () => {
      const { targetInfos: now } = (await cdp.send('Target.getTargets')) as {
        targetInfos: { url: string }[];
      };
      return now.some((info) => info.url.includes('/popup.html'));
    })
    .toBe(false);
  await page.bringToFront();
  const worker = browser.context.serviceWorkers()[0];
  await worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }
    ).chrome.action.openPopup(),
  );
}

/** The popup's "On this site: …" line, once it shows one. */
const siteLine = async () =>
  ((await evaluateInTarget(
    cdp,
    '/popup.html',
    `document.querySelector('[data-field="site-mode"]')?.textContent ?? ''`,
  )) as string | undefined) ?? '';

/** Choose a mode in the popup's select, as the reader's keyboard or pointer would change it. */
const chooseInPopup = (mode: string) =>
  evaluateInTarget(
    cdp,
    '/popup.html',
    `(() => {
      const select = document.querySelector('[data-action="site-mode"]');
      if (!select) return false;
      select.value = ${JSON.stringify(mode)};
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    })()`,
  );

it('turns a site off from the popup at once, keeps it off after a reload, and on again', async () => {
  const host = new URL(server.url).hostname;
  expect(await painted()).toBeGreaterThan(10);

  await openPopup();
  await expect.poll(siteLine, { timeout: 30_000 }).toMatch(/by your default for other sites/);
  await expect.poll(() => chooseInPopup('off'), { timeout: 10_000 }).toBe(true);
  // The open tab drops its highlights without a reload, and the popup names the new rule.
  await expect.poll(painted, { timeout: 10_000 }).toBe(0);
  await expect.poll(siteLine, { timeout: 10_000 }).toBe(`On this site: off, by rule ${host}`);

  await page.reload();
  await page.waitForLoadState('load');
  // The page answers, and says it has not even looked for an article: nothing was read.
  await expect
    .poll(() => messageTab(browser, page, { type: 'page-site' }), { timeout: 10_000 })
    .toMatchObject({ ok: true, article: null });
  expect(await painted()).toBe(0);

  await openPopup();
  await expect.poll(siteLine, { timeout: 30_000 }).toBe(`On this site: off, by rule ${host}`);
  await expect.poll(() => chooseInPopup('all'), { timeout: 10_000 }).toBe(true);
  await waitForHighlight(page, 'backstory-person', 'Vladimir Putin');
  await expect
    .poll(siteLine, { timeout: 10_000 })
    .toBe(`On this site: all highlights, by rule ${host}`);
  // The host's own rule was changed in place, not added twice.
  const stored = (await browser.context.serviceWorkers()[0].evaluate(async () => {
    const chrome = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome;
    return (await chrome.storage.local.get('settings')).settings;
  })) as { siteRules: unknown[] };
  expect(stored.siteRules).toEqual([{ pattern: host, mode: 'all' }]);
});

it('shows only names on a site set to "names only"', async () => {
  await waitForHighlight(page, 'backstory-figure');
  await openPopup();
  await expect.poll(() => chooseInPopup('names'), { timeout: 30_000 }).toBe(true);
  await expect
    .poll(async () => (await readHighlights(page))['backstory-figure']?.length ?? 0, {
      timeout: 10_000,
    })
    .toBe(0);
  expect((await readHighlights(page))['backstory-person']).toContain('Vladimir Putin');
});

it('names the rule on the card and links to the Sites settings', async () => {
  const host = new URL(server.url).hostname;
  await page.bringToFront();
  await hoverText(page, 'backstory-person', 'Vladimir Putin');
  await waitForCard(page);
  const line = await waitInCard(
    page,
    (root) => root?.querySelector('[data-field="why-site"]')?.textContent?.trim() ?? '',
  );
  expect(line).toContain(`On this site: names only, by rule ${host}.`);
  expect(line).toContain('The person type is on.');
  const opened = browser.context.waitForEvent('page');
  await clickCardButton(page, 'Edit site rules');
  const options = await opened;
  await options.waitForLoadState('load');
  expect(options.url()).toMatch(/\/options\.html#sites$/);
  await expect
    .poll(() => options.evaluate(() => document.activeElement?.id ?? ''), { timeout: 10_000 })
    .toBe('sites');
  // The section lists the rule the popup wrote.
  await expect
    .poll(() =>
      options.evaluate(() =>
        [...document.querySelectorAll('#sites [data-site-rule]')].map((li) =>
          li.getAttribute('data-site-rule'),
        ),
      ),
    )
    .toEqual([host]);
});

/** The popup's counts, by type, once it shows them (empty before). */
const popupCounts = async (): Promise<Record<string, number>> => {
  const text = (await evaluateInTarget(
    cdp,
    '/popup.html',
    `JSON.stringify(Object.fromEntries([...document.querySelectorAll('main [data-count]')].map((e) => [e.dataset.count, Number(e.textContent)])))`,
  )) as string | undefined;
  return text ? (JSON.parse(text) as Record<string, number>) : {};
};

/** What the page paints, by type, as the popup counts it. */
const paintedByType = async () => {
  const highlights = await readHighlights(page);
  return Object.fromEntries(
    ['person', 'place', 'org', 'figure'].map((type) => [
      type,
      highlights[`backstory-${type}`]?.length ?? 0,
    ]),
  );
};

/** Whether the popup says the page is off. */
const popupSaysOff = async () =>
  (await evaluateInTarget(
    cdp,
    '/popup.html',
    `document.querySelector('[data-field="page-off"]')?.textContent ?? ''`,
  )) as string | undefined;

it('keeps the popup’s counts true to the page while the reader changes the site in it', async () => {
  const host = new URL(server.url).hostname;
  await openPopup();
  await expect.poll(() => chooseInPopup('all'), { timeout: 30_000 }).toBe(true);
  await waitForHighlight(page, 'backstory-figure');
  await expect
    .poll(siteLine, { timeout: 10_000 })
    .toBe(`On this site: all highlights, by rule ${host}`);
  const all = await paintedByType();
  expect(all.person).toBeGreaterThan(5);
  expect(all.figure).toBeGreaterThan(0);
  await expect.poll(popupCounts, { timeout: 10_000 }).toEqual(all);
  expect(await popupSaysOff()).toBe('');
  // Marks this popup's window: the same one must show every change, never a reopened one.
  await evaluateInTarget(cdp, '/popup.html', `(window.sameOpening = true)`);

  await chooseInPopup('off');
  await expect.poll(painted, { timeout: 10_000 }).toBe(0);
  await expect
    .poll(popupCounts, { timeout: 10_000 })
    .toEqual({ person: 0, place: 0, org: 0, figure: 0 });
  await expect.poll(popupSaysOff, { timeout: 10_000 }).toBe('Highlights are off on this page.');

  await chooseInPopup('names');
  // The page is read again: its count is whole once it is back to what it was.
  await expect
    .poll(async () => (await paintedByType()).person, { timeout: 30_000 })
    .toBe(all.person);
  const names = await paintedByType();
  expect(names.figure).toBe(0);
  await expect.poll(popupCounts, { timeout: 30_000 }).toEqual(names);
  expect(await popupSaysOff()).toBe('');

  await chooseInPopup('all');
  await waitForHighlight(page, 'backstory-figure');
  await expect.poll(popupCounts, { timeout: 10_000 }).toEqual(all);
  expect(await evaluateInTarget(cdp, '/popup.html', `window.sameOpening === true`)).toBe(true);
});
