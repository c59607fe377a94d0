/**
 * The side panel in real Chromium. Playwright cannot drive Chromium's side panel itself, so
 * the index is exercised in the panel's page opened as a tab bound to the article's tab (the
 * full-tab mode): filter to "Kherson", choose it, and the article's focus highlight is on a
 * Kherson mention, scrolled to; choosing a name again steps to its next mention. The Related
 * section is given the page's linked entities; the sections' tabs work from the keyboard. The
 * card's "Open notebook" is pressed for real and opens the browser's side panel (the click's
 * gesture carries over the message to the background), whose page then lists the article's
 * index; so does the popup's "Side panel" button, clicked with a user gesture over CDP. The
 * command and the context menu cannot be pressed from Playwright: the command is checked as
 * declared, and both call the same opening in their listener's own turn.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, openHighlighted, type Launched } from '../../scripts/harness/browser';
import {
  clickCardButton,
  evaluateInTarget,
  hoverText,
  waitForCard,
} from '../../scripts/harness/page-readers';
import { ROOT } from '../../scripts/harness/paths';
import { serveDir } from '../../scripts/harness/static-server';

const PATIENT = { timeout: 30_000 };
let browser: Launched;
let server: Awaited<ReturnType<typeof serveDir>>;
let article: Page;
let articleTab: number;

type ChromeTabs = {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
};

beforeAll(async () => {
  server = await serveDir(join(ROOT, 'demo'));
  browser = await launchWithExtension();
  article = await openHighlighted(browser, `${server.url}/index.html`);
  articleTab = await tabOf(article);
});
// Each test starts with the article alone, whatever the last one left open.
afterEach(async () => {
  for (const page of browser.context.pages()) if (page !== article) await page.close();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The id of `page`'s tab (the extension sees no tab's address: it has no "tabs" permission). */
async function tabOf(page: Page): Promise<number> {
  await page.bringToFront();
  const worker = browser.context.serviceWorkers()[0];
  const id = await worker.evaluate(
    async () =>
      (
        await (globalThis as unknown as { chrome: ChromeTabs }).chrome.tabs.query({
          active: true,
          lastFocusedWindow: true,
        })
      )[0]?.id,
  );
  if (id === undefined) throw new Error('no active tab');
  return id;
}

/** The article's focus highlight: its text and where it is in the page, or null. */
const focused = () =>
  article.evaluate(() => {
    const [range] = [...(CSS.highlights.get('backstory-focus') ?? [])] as Range[];
    if (!range) return null;
    return { text: range.toString(), top: range.getBoundingClientRect().top + scrollY };
  });

it('filters the article’s index to Kherson, goes to it, and steps through a name’s mentions', async () => {
  expect(await focused()).toBeNull();
  expect(await article.evaluate(() => scrollY)).toBe(0);
  const panel = await browser.context.newPage();
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tab=${articleTab}`);
  const filter = panel.getByLabel('Filter names and figures');
  await filter.waitFor(PATIENT);
  // Every type of the article is listed, each with its count.
  for (const type of ['person', 'place', 'org', 'figure'])
    expect(await panel.locator(`[data-group="${type}"] button`).count()).toBeGreaterThan(0);
  await filter.fill('KHERSON');
  const items = panel.locator('button[data-item]');
  // The filter keeps what contains the word ("Kherson Thermal Power Plant" too), nothing else.
  await expect
    .poll(() => items.evaluateAll((all) => all.map((b) => (b as HTMLElement).dataset.item)))
    .toContain('Kherson');
  for (const label of await items.evaluateAll((all) =>
    all.map((b) => (b as HTMLElement).dataset.item),
  ))
    expect(label).toMatch(/Kherson/);
  // The most mentioned item called Kherson (a name no pack links is an item of its own).
  const kherson = panel.locator('button[data-item="Kherson"]').first();
  const count = Number((await kherson.locator('.count').textContent())?.match(/\d+/)?.[0]);
  expect(count).toBeGreaterThan(0);

  await kherson.focus();
  await panel.keyboard.press('Enter');
  await expect.poll(focused, PATIENT).toMatchObject({ text: 'Kherson' });
  // The page scrolled to it (smooth scrolling may take a moment in a background tab).
  await expect.poll(() => article.evaluate(() => scrollY), PATIENT).toBeGreaterThan(0);
  await expect(panel.locator('[data-field="notice"]').textContent()).resolves.toBe(
    `Kherson: mention 1 of ${count} on the page.`,
  );

  // Choosing an item again steps to its next mention.
  await filter.fill('putin');
  const putin = panel.locator('button[data-item="Vladimir Putin"]');
  await putin.click();
  await expect.poll(focused, PATIENT).toMatchObject({ text: expect.stringMatching(/Putin/) });
  const first = (await focused())!;
  await putin.click();
  await expect.poll(async () => (await focused())?.top, PATIENT).not.toBe(first.top);
  expect((await focused())?.text).toMatch(/Putin/);
  await expect(panel.locator('[data-field="notice"]').textContent()).resolves.toMatch(
    /^Vladimir Putin: mention 2 of \d+ on the page\.$/,
  );

  // Related coverage is given the page's linked entities; the notebook lists the clips.
  await panel.getByRole('tab', { name: 'Related' }).click();
  const coverage = panel.locator('[data-field="page-coverage"] [data-state]').first();
  await expect
    .poll(() => coverage.getAttribute('data-state').catch(() => null), PATIENT)
    .toMatch(/^(?!no-entities$|loading$)/);
  await panel.getByRole('tab', { name: 'Related' }).press('ArrowRight');
  await expect
    .poll(() => panel.getByRole('tab', { selected: true }).textContent())
    .toBe('Notebook');
});

it('says when a tab does not answer: a browser page, or one to reload', async () => {
  const blank = await browser.context.newPage();
  await blank.goto('chrome://version/');
  const id = await tabOf(blank);
  const panel = await browser.context.newPage();
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tab=${id}`);
  await panel.locator('[data-state="unreachable"]').waitFor(PATIENT);
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tab=not-a-tab`);
  await panel.locator('[data-state="no-tab"]').waitFor(PATIENT);
});

it('opens the side panel from the card’s “Open notebook”, showing the article’s index', async () => {
  await article.bringToFront();
  await article.evaluate(() => scrollTo(0, 0));
  await hoverText(article, 'backstory-person', 'Vladimir Putin');
  await waitForCard(article, 30_000);
  await clickCardButton(article, 'Open notebook');
  const cdp = await browser.context.newCDPSession(article);
  // The browser's own side panel: the panel's page without a bound tab, not a tab of its own.
  const panels = async () =>
    ((await cdp.send('Target.getTargets')) as { targetInfos: { url: string }[] }).targetInfos
      .map((t) => t.url)
      .filter((url) => url.includes('/sidepanel.html'));
  await expect
    .poll(panels, PATIENT)
    .toEqual([`chrome-extension://${browser.extensionId}/sidepanel.html`]);
  const readItems = async () =>
    (await evaluateInTarget(
      cdp,
      '/sidepanel.html',
      `JSON.stringify([location.search, [...document.querySelectorAll('button[data-item]')].map((b) => b.dataset.item)])`,
    )) as string | undefined;
  await expect.poll(readItems, PATIENT).toMatch(/"Vladimir Putin"/);
  const [search, labels] = JSON.parse((await readItems())!) as [string, string[]];
  expect(search).toBe('');
  expect(labels).toContain('Kherson');
});

it('declares the command that opens the panel, with its suggested shortcut', async () => {
  // A real shortcut press cannot reach the browser's UI from Playwright; its listener calls the
  // same opening as the card's button, in the listener's own turn.
  const worker = browser.context.serviceWorkers()[0];
  const commands = await worker.evaluate(() =>
    (globalThis as unknown as { chrome: ChromeTabs }).chrome.commands.getAll(),
  );
  expect(commands).toContainEqual(
    expect.objectContaining({ name: 'open-side-panel', shortcut: 'Alt+Shift+L' }),
  );
});

it('opens the side panel from the popup’s button, in the click’s own gesture', async () => {
  await article.bringToFront();
  const worker = browser.context.serviceWorkers()[0];
  type PanelApi = {
    windows: { getLastFocused(): Promise<{ id: number }> };
    sidePanel: { close(o: { windowId: number }): Promise<void> };
    action: { openPopup(): Promise<void> };
  };
  // The last test left the panel open: close it, so what opens now is the popup's doing.
  await worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: PanelApi }).chrome;
    const { id } = await chrome.windows.getLastFocused();
    await chrome.sidePanel.close({ windowId: id }).catch(() => undefined);
  });
  const cdp = await browser.context.newCDPSession(article);
  const panels = async () =>
    ((await cdp.send('Target.getTargets')) as { targetInfos: { url: string }[] }).targetInfos
      .map((t) => t.url)
      .filter((url) => url.includes('/sidepanel.html'));
  await expect.poll(panels, PATIENT).toEqual([]);
  await worker.evaluate(() =>
    (globalThis as unknown as { chrome: PanelApi }).chrome.action.openPopup(),
  );
  // The popup's button, clicked as a user gesture (Playwright does not surface popups as pages).
  const press = async () => {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; url: string }[];
    };
    const popup = targetInfos.find((t) => t.url.includes('/popup.html'));
    if (!popup) return false;
    const { sessionId } = (await cdp.send('Target.attachToTarget', {
      targetId: popup.targetId,
      flatten: false,
    })) as { sessionId: string };
    const expression = `(() => { const b = document.querySelector('[data-action="side-panel"]'); if (!b) return false; b.click(); return true; })()`;
    const answer = new Promise<boolean>((resolve) => {
      cdp.on(
        'Target.receivedMessageFromTarget',
        (event: { sessionId?: string; message: string }) => {
          if (event.sessionId !== sessionId) return;
          const message = JSON.parse(event.message) as {
            id?: number;
            result?: { result?: { value?: unknown } };
          };
          if (message.id === 1) resolve(message.result?.result?.value === true);
        },
      );
    });
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({
        id: 1,
        method: 'Runtime.evaluate',
        params: { expression, returnByValue: true, userGesture: true },
      }),
    });
    return Promise.race([answer, new Promise<boolean>((r) => setTimeout(() => r(false), 2_000))]);
  };
  await expect.poll(press, PATIENT).toBe(true);
  await expect
    .poll(panels, PATIENT)
    .toEqual([`chrome-extension://${browser.extensionId}/sidepanel.html`]);
});
