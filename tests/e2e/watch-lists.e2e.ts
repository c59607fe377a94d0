/**
 * Watch lists end to end: a list added on the settings page is painted on an article that is
 * already open, under its own highlight name, without a reload; a refused expression is named
 * next to the terms and nothing is saved. A match opens a card that names its list: a watch
 * card for words that are no name, the name's own card for words that are one; both link to
 * the settings page's watch lists.
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
  name: string;
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

/** The open card's kind (`watch` for a watch card, `mention` otherwise) and its watch line. */
const cardWatchLine = (page: Page, kind: 'watch' | 'mention') =>
  waitInCard(
    page,
    (root, k) => {
      const card = root?.querySelector('[data-backstory-card]');
      if (!card || (card.getAttribute('data-card') === 'watch') !== (k === 'watch')) return null;
      const line = card.querySelector('[data-field="why-watch"]');
      if (!line) return null;
      return {
        name: card.querySelector('[data-field="name"]')?.textContent ?? '',
        line: line.textContent ?? '',
        site: card.querySelector('[data-field="why-site"]')?.textContent ?? '',
      };
    },
    kind,
  );

/** Click the card's "Edit watch lists" and check the settings page opens at the lists. */
async function editListsFromCard(page: Page) {
  const opened = browser.context.waitForEvent('page');
  await clickCardButton(page, 'Edit watch lists');
  const options = await opened;
  await options.waitForLoadState('load');
  expect(options.url()).toMatch(/\/options\.html#watch-lists$/);
  await expect
    .poll(() => options.evaluate(() => document.activeElement?.id ?? ''), PATIENT)
    .toBe('watch-lists');
  await options.close();
}

it('opens a card on a match that names its list and term, with a link to edit the lists', async () => {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const [{ id: first }] = await storedLists();
  const rename = async (id: string, name: string) => {
    const field = options.locator(`[data-list="${id}"] [data-field="watch-name"]`);
    await field.fill(name);
    await field.press('Tab');
    await expect
      .poll(async () => (await storedLists()).find((l) => l.id === id)?.name, PATIENT)
      .toBe(name);
  };
  await rename(first, 'Ukraine');
  // A second list whose term is no name on the article.
  await options.getByRole('button', { name: 'Add a watch list' }).click();
  await expect.poll(async () => (await storedLists()).length, PATIENT).toBe(2);
  const second = (await storedLists())[1].id;
  await rename(second, 'Truce');
  const terms = options.locator(`[data-list="${second}"]`).getByLabel('Terms, one per line');
  await terms.fill('ceasefire');
  await terms.press('Tab');
  await expect.poll(async () => (await storedLists())[1]?.terms, PATIENT).toEqual(['ceasefire']);
  await options.close();

  // Words that are no name: a watch card, with the words, the list, its term and the site.
  await article.bringToFront();
  await waitForHighlight(article, `backstory-watch-${second}`, 'ceasefire', 30_000);
  await hoverText(article, `backstory-watch-${second}`, 'ceasefire');
  const watchCard = await cardWatchLine(article, 'watch');
  expect(watchCard.name).toBe('ceasefire');
  expect(watchCard.line).toContain('On your watch list “Truce”: found by “ceasefire”.');
  expect(watchCard.site).toContain('Edit site rules');
  await editListsFromCard(article);

  // Words that are a name: the name's card, whose why line names the list and its term.
  await article.bringToFront();
  await article.mouse.move(5, 5);
  await hoverText(article, `backstory-watch-${first}`, 'Umerov');
  const card = await waitForCard(article);
  expect(card.name).toBe('Rustem Umerov');
  const nameCard = await cardWatchLine(article, 'mention');
  expect(nameCard.line).toContain('On your watch list “Ukraine”: found by “Umerov”.');
  await editListsFromCard(article);

  // An expression is named as the pattern the reader wrote.
  await article.bringToFront();
  await article.mouse.move(5, 5);
  await hoverText(article, `backstory-watch-${first}`, 'Kherson');
  await waitForCard(article);
  expect((await cardWatchLine(article, 'mention')).line).toContain(
    'On your watch list “Ukraine”: found by /kherson\\w*/ (a regular expression).',
  );
});

it('opens the watch card from the keyboard, on a match the watch step focused', async () => {
  const second = (await storedLists())[1].id;
  await article.mouse.move(5, 5);
  await expect
    .poll(() => messageTab(browser, article, { type: 'watch-step', listId: second, direction: 1 }))
    .toEqual({ ok: true, found: true });
  await waitForHighlight(article, 'backstory-focus', 'ceasefire', 30_000);
  await article.keyboard.press('Enter');
  const card = await cardWatchLine(article, 'watch');
  expect(card.name).toBe('ceasefire');
  expect(card.line).toContain('On your watch list “Truce”');
});
