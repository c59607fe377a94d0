/**
 * The page's context menu in Firefox, right-clicked with real input and its items chosen in
 * Firefox's own menu (reached through the browser window: WebDriver BiDi's input stops at the
 * page): "Backstory on this site" takes the highlights off the open tab and back, with its
 * radio item following the rule; "Save to Backstory notebook" on a selection makes a clip the
 * notebook lists; "Open Backstory side panel" opens the sidebar with the tab's index.
 */
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  launchFirefoxWithExtension,
  openExtensionPage,
  type LaunchedFirefox,
} from '../../scripts/harness/firefox';
import {
  browserWindowUnreachable,
  chooseContextMenuItem,
  closeContextMenu,
  contextMenuItemChecked,
} from '../../scripts/harness/firefox-chrome';
import {
  readHighlights,
  sidebarIndexItems,
  waitForHighlight,
  openReferenceArticle,
} from '../../scripts/harness/firefox-readers';
import { ROOT } from '../../scripts/harness/paths';
import { serveDir } from '../../scripts/harness/static-server';

const PATIENT = { timeout: 30_000, interval: 200 };
const SITE_MENU = 'Backstory on this site';
// Firefox gathers an add-on's several top-level items under one menu named after it.
const EXTENSION_MENU = 'Backstory';

let firefox: LaunchedFirefox;
let demo: Awaited<ReturnType<typeof serveDir>>;
let article: Page;
/** Why the menu cannot be driven in this Firefox (its window is not scriptable), or null. */
let unreachable: string | null = null;

beforeAll(async () => {
  demo = await serveDir(join(ROOT, 'demo'));
  firefox = await launchFirefoxWithExtension();
  article = await openReferenceArticle(firefox.browser, demo.url);
  unreachable = await browserWindowUnreachable(firefox.browser);
  if (unreachable) console.warn(`context-menu tests skipped: ${unreachable}`);
});

afterAll(async () => {
  await firefox?.close();
  await demo?.close();
});

/** Right-click the article's text at the start of the paragraph holding `phrase`. */
async function rightClick(phrase: string): Promise<void> {
  await article.bringToFront();
  const point = await article.evaluate((text) => {
    const p = [...document.querySelectorAll('p')].find((e) => e.textContent?.includes(text));
    p?.scrollIntoView({ block: 'center' });
    const r = p?.getBoundingClientRect();
    return r ? { x: r.left + 10, y: r.top + 6 } : null;
  }, phrase);
  expect(point).not.toBeNull();
  await article.mouse.click(point!.x, point!.y, { button: 'right' });
}

const painted = async () =>
  Object.values(await readHighlights(article)).reduce((n, texts) => n + texts.length, 0);

it('turns the site off and back on from “Backstory on this site”, its radio item following', async (ctx) => {
  if (unreachable) return ctx.skip(unreachable);
  expect(await painted()).toBeGreaterThan(0);
  await rightClick('Putin');
  await chooseContextMenuItem(firefox.browser, [EXTENSION_MENU, SITE_MENU, 'Off']);
  await expect.poll(painted, PATIENT).toBe(0);
  await rightClick('Putin');
  await expect
    .poll(() => contextMenuItemChecked(firefox.browser, [SITE_MENU, 'Off']), PATIENT)
    .toBe(true);
  await chooseContextMenuItem(firefox.browser, [EXTENSION_MENU, SITE_MENU, 'All highlights']);
  await waitForHighlight(article, 'backstory-person', 'Vladimir Putin');
  await rightClick('Putin');
  await expect
    .poll(() => contextMenuItemChecked(firefox.browser, [SITE_MENU, 'All highlights']), PATIENT)
    .toBe(true);
  await closeContextMenu(firefox.browser);
});

it('saves the selected words to the notebook from “Save to Backstory notebook”', async (ctx) => {
  if (unreachable) return ctx.skip(unreachable);
  await article.bringToFront();
  // The reader's selection: the words around "Kherson" in the story's text.
  const selected = await article.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text;
      const at = text.data.indexOf('Kherson');
      if (at < 0 || !text.parentElement?.closest('p, li')) continue;
      const range = document.createRange();
      range.setStart(text, Math.max(0, at - 20));
      range.setEnd(text, Math.min(text.length, at + 30));
      text.parentElement?.scrollIntoView({ block: 'center' });
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      const r = range.getBoundingClientRect();
      return { quote: range.toString(), x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  });
  expect(selected).not.toBeNull();
  const quote = selected!.quote;
  // Right-clicked on the selection itself, as a reader does to keep it.
  await article.mouse.click(selected!.x, selected!.y, { button: 'right' });
  await chooseContextMenuItem(firefox.browser, [EXTENSION_MENU, 'Save to Backstory notebook']);
  const notebook = await openExtensionPage(firefox.browser, 'notebook.html');
  const quotes = () =>
    notebook.evaluate(() =>
      [...document.querySelectorAll('[data-field="quote"]')].map((q) => q.textContent),
    );
  await expect
    .poll(
      async () => {
        // The notebook lists what is saved when it opens: read it again (puppeteer's reload
        // waits for a load event moz-extension pages may never report).
        await notebook.evaluate(() => location.reload()).catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, 500));
        return quotes().catch(() => []);
      },
      { timeout: 30_000, interval: 1_000 },
    )
    .toContain(quote.trim());
  await notebook.close();
});

it('opens the sidebar with the tab’s index from “Open Backstory side panel”', async (ctx) => {
  if (unreachable) return ctx.skip(unreachable);
  const helper = await openExtensionPage(firefox.browser, 'options.html');
  const sidebarItems = () => sidebarIndexItems(helper);
  expect(await sidebarItems()).toBeNull();
  await rightClick('Putin');
  await chooseContextMenuItem(firefox.browser, [EXTENSION_MENU, 'Open Backstory side panel']);
  await expect
    .poll(sidebarItems, PATIENT)
    .toEqual(expect.arrayContaining(['Vladimir Putin', 'Kherson']));
  await helper.close();
});
