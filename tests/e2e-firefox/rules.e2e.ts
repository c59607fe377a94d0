/**
 * The power users' rules in Firefox, on the reference article: a kind turned off on the
 * settings page leaves the open tab at once, without a reload, and the popup's legend names
 * it; a site rule set from the popup takes the highlights off the tab and keeps them off after
 * a reload; a watch list added on the settings page is painted on the open tab, a bad
 * expression is refused, and the popup counts and steps through the list's matches; the
 * settings exported to a file come back when that file is imported, and a hostile file is
 * refused.
 *
 * Buttons, boxes and fields are pressed and typed into with real input (the card trigger's
 * select is set as Playwright's selectOption sets it in Chromium). The toolbar popup is opened for real
 * over the article and read through `extension.getViews`, but Firefox keeps it in a panel of
 * the browser's own window, where WebDriver BiDi refuses input ("does not support browsing
 * contexts in privileged (chrome) scope"). Its site-rule select is therefore worked on the
 * popup's page loaded in a tab beside the article, the article kept active, so that the page
 * describes the article as the popup does. One Firefox for the file: it is slow to start.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  launchFirefoxWithExtension,
  openExtensionPage,
  type LaunchedFirefox,
} from '../../scripts/harness/firefox';
import {
  buttonByText,
  controlByLabel,
  evaluateInView,
  messageTab,
  openPopupOver,
  readHighlights,
  waitForHighlight,
  openReferenceArticle,
} from '../../scripts/harness/firefox-readers';
import { ROOT } from '../../scripts/harness/paths';
import { serveDir } from '../../scripts/harness/static-server';

/** Waits on storage and on the other tab are generous: a loaded machine is slow, not wrong. */
const PATIENT = { timeout: 30_000, interval: 200 };

let firefox: LaunchedFirefox;
let demo: Awaited<ReturnType<typeof serveDir>>;
let downloads: string;
let article: Page;
let options: Page;

beforeAll(async () => {
  demo = await serveDir(join(ROOT, 'demo'));
  downloads = await mkdtemp(join(tmpdir(), 'backstory-ff-downloads-'));
  firefox = await launchFirefoxWithExtension({ downloads });
  article = await openReferenceArticle(firefox.browser, demo.url);
  // Gone if the tab reloads: the looks below must reach the page as it is.
  await article.evaluate(
    () => ((window as unknown as { notReloaded: boolean }).notReloaded = true),
  );
  options = await openExtensionPage(firefox.browser, 'options.html');
});

afterAll(async () => {
  await firefox?.close();
  await demo?.close();
  if (downloads) await rm(downloads, { recursive: true, force: true });
});

const count = async (page: Page, name: string) => (await readHighlights(page))[name]?.length ?? 0;
/** How many ranges the article's backstory-* highlights hold. */
const painted = async () =>
  Object.values(await readHighlights(article)).reduce((n, ranges) => n + ranges.length, 0);
const notReloaded = () =>
  article.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded);

/** The settings as stored locally (where every change lands at once), without the save time. */
const stored = () =>
  options.evaluate(async () => {
    const api = (globalThis as unknown as { browser: typeof import('wxt/browser').browser })
      .browser;
    const s = (await api.storage.local.get('settings')).settings as
      Record<string, unknown> | undefined;
    if (!s) return null;
    const { savedAt: _, ...rest } = s;
    return rest;
  });

/** Select the focused field's whole text, as the reader's Ctrl+A does. */
async function selectAll(): Promise<void> {
  await options.keyboard.down('Control');
  await options.keyboard.press('a');
  await options.keyboard.up('Control');
}

/** Press a control of the settings page with the pointer, the page in front as a reader has it. */
async function press(control: Promise<{ click(): Promise<void> }>): Promise<void> {
  await options.bringToFront();
  await (await control).click();
}

it('turning Figures off on the settings page empties backstory-figure on the open tab, and on again', async () => {
  const before = await readHighlights(article);
  expect(before['backstory-figure']?.length).toBeGreaterThan(3);
  expect(before['backstory-person']?.length).toBeGreaterThan(5);
  // The settings page's preview is painted the same way.
  await expect.poll(() => count(options, 'backstory-figure'), PATIENT).toBe(2);

  await press(controlByLabel(options, 'Figures'));
  await expect.poll(() => count(article, 'backstory-figure'), PATIENT).toBe(0);
  const after = await readHighlights(article);
  expect(after['backstory-person']).toEqual(before['backstory-person']);
  expect(after['backstory-place']).toEqual(before['backstory-place']);
  expect(await notReloaded()).toBe(true);
  expect(await count(options, 'backstory-figure')).toBe(0);
  // Nor are figures stepped to: the page's mentions hold none.
  const index = (await messageTab(options, article, { type: 'page-index' })) as {
    mentions: { type: string }[];
  };
  expect(index.mentions.length).toBeGreaterThan(5);
  expect(index.mentions.filter((m) => m.type === 'figure')).toEqual([]);
  expect((await stored())?.looks).toMatchObject({ figure: { on: false } });
  // The popup's legend shows the kinds on, and names the one turned off.
  const popup = await openExtensionPage(firefox.browser, 'popup.html', { behind: article });
  const legend = () =>
    popup.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-legend]')].map((e) => [
        e.dataset.legend,
        e.textContent,
      ]),
    );
  await expect.poll(async () => (await legend()).length, PATIENT).toBe(4);
  expect((await legend()).map(([kind]) => kind)).toEqual(['person', 'place', 'org', 'off']);
  expect((await legend())[3][1]).toBe('Not highlighted: Figures');
  await popup.close();

  await press(controlByLabel(options, 'Figures'));
  await expect
    .poll(async () => (await readHighlights(article))['backstory-figure'], PATIENT)
    .toEqual(before['backstory-figure']);
  expect((await readHighlights(article))['backstory-person']).toEqual(before['backstory-person']);
  expect(await notReloaded()).toBe(true);
});

/** The toolbar popup's "On this site: …" line ('' until it shows one). */
const popupLine = async () =>
  (await evaluateInView(
    options,
    'popup',
    (view) => view.document.querySelector('[data-field="site-mode"]')?.textContent ?? '',
  )) ?? '';
const closePopup = () => evaluateInView(options, 'popup', (view) => view.close());

/** The line on the popup's page in a tab. */
const tabLine = (page: Page) =>
  page.evaluate(() => document.querySelector('[data-field="site-mode"]')?.textContent ?? '');

/**
 * The popup's page in a tab beside the article, the article kept active, so that it
 * describes the article; its site-mode select is focused and the choice typed, as the
 * reader's keyboard picks an option by its first letters.
 */
async function chooseSiteMode(label: string, before: RegExp | string): Promise<Page> {
  const popup = await openExtensionPage(firefox.browser, 'popup.html', { behind: article });
  await expect.poll(() => tabLine(popup), PATIENT).toMatch(before);
  const select = await popup.waitForSelector('[data-action="site-mode"]', PATIENT);
  await select!.focus();
  await popup.keyboard.type(label);
  return popup;
}

it('turns the site off from the popup at once, keeps it off after a reload, and on again', async () => {
  const host = new URL(demo.url).hostname;
  expect(await painted()).toBeGreaterThan(10);
  await openPopupOver(options, article);
  await expect.poll(popupLine, PATIENT).toMatch(/by your default for other sites/);
  await closePopup();

  let popup = await chooseSiteMode('off', /by your default for other sites/);
  // The open tab drops its highlights without a reload, and the popup names the new rule.
  await expect.poll(painted, PATIENT).toBe(0);
  await expect.poll(() => tabLine(popup), PATIENT).toBe(`On this site: off, by rule ${host}`);
  expect(await notReloaded()).toBe(true);
  await popup.close();

  await article.reload();
  // The page answers, and says it has not even looked for an article: nothing was read.
  await expect
    .poll(() => messageTab(options, article, { type: 'page-site' }).catch(() => null), PATIENT)
    .toMatchObject({ ok: true, article: null });
  expect(await painted()).toBe(0);
  // The toolbar popup, opened over the reloaded tab, names the rule.
  await openPopupOver(options, article);
  await expect.poll(popupLine, PATIENT).toBe(`On this site: off, by rule ${host}`);
  await closePopup();

  popup = await chooseSiteMode('all', `On this site: off, by rule ${host}`);
  await waitForHighlight(article, 'backstory-person', 'Vladimir Putin');
  await expect
    .poll(() => tabLine(popup), PATIENT)
    .toBe(`On this site: all highlights, by rule ${host}`);
  // The host's own rule was changed in place, not added twice.
  expect((await stored())?.siteRules).toEqual([{ pattern: host, mode: 'all' }]);
  await popup.close();
});

interface StoredList {
  id: string;
  terms: string[];
}
const storedLists = async () => ((await stored())?.watchLists ?? []) as StoredList[];

it('paints a new watch list on the open tab under its own name, and refuses a bad expression', async () => {
  await press(buttonByText(options, 'Add a watch list'));
  await expect.poll(async () => (await storedLists()).length, PATIENT).toBe(1);
  const [{ id }] = await storedLists();
  const terms = await controlByLabel(options, 'Terms, one per line');
  await terms.click();
  await terms.type('Umerov');
  await options.keyboard.press('Enter');
  await terms.type('/kherson\\w*/');
  await options.keyboard.press('Tab');
  await expect
    .poll(async () => (await storedLists())[0]?.terms, PATIENT)
    .toEqual(['Umerov', '/kherson\\w*/']);

  // The article was open all along: it asks for its watch matches again and paints them.
  const name = `backstory-watch-${id}`;
  await waitForHighlight(article, name, 'Umerov');
  const watched = (await readHighlights(article))[name];
  expect(watched).toContain('Umerov');
  expect(watched).toContain('Kherson');
  expect(watched.every((text) => /^(Umerov|Kherson\w*)$/.test(text))).toBe(true);

  // A refused expression: its message next to the terms, and the stored list unchanged.
  await options.bringToFront();
  await terms.click();
  await selectAll();
  await terms.type('Umerov');
  await options.keyboard.press('Enter');
  await terms.type('/(a/');
  await options.keyboard.press('Tab');
  const problems = () =>
    options.evaluate(
      () => document.querySelector('[data-field="watch-problems"]')?.textContent ?? '',
    );
  await expect.poll(problems, PATIENT).toMatch(/Line 2, “\/\(a\/”: not a valid expression/);
  expect(await terms.evaluate((e) => e.getAttribute('aria-invalid'))).toBe('true');
  // The problems are what describes the field to assistive technology.
  expect(
    await terms.evaluate((e) => {
      const described = e.getAttribute('aria-describedby');
      return described ? document.getElementById(described)?.dataset.field : null;
    }),
  ).toBe('watch-problems');
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect((await storedLists())[0].terms).toEqual(['Umerov', '/kherson\\w*/']);
  expect((await readHighlights(article))[name]).toEqual(watched);

  // A page opened now gets its watch matches with its first answer.
  const fresh = await firefox.browser.newPage();
  await fresh.goto(`${demo.url}/index.html`);
  await waitForHighlight(fresh, name, 'Umerov');
  await fresh.close();
});

it('counts the list on the popup’s page, and its next button steps the focus through its matches', async () => {
  const [{ id }] = await storedLists();
  const watched = (await readHighlights(article))[`backstory-watch-${id}`];
  const popup = await openExtensionPage(firefox.browser, 'popup.html', { behind: article });
  const shown = () =>
    popup.evaluate(
      (list: string) =>
        document.querySelector(`[data-list="${list}"] [data-count="watch"]`)?.textContent ?? '',
      id,
    );
  await expect.poll(shown, PATIENT).toBe(String(watched.length));
  const next = await popup.waitForSelector(`[data-list="${id}"] [data-action="watch-next"]`);
  await next!.click();
  await expect
    .poll(async () => (await readHighlights(article))['backstory-focus'] ?? [], PATIENT)
    .toHaveLength(1);
  expect(watched).toContain((await readHighlights(article))['backstory-focus'][0]);
  await popup.close();
});

/** The settings files in the download folder. */
async function downloaded(): Promise<string[]> {
  const names = await readdir(downloads);
  return names.filter((n) => n.endsWith('.json'));
}

it('exports the settings to a file, and importing that file gives them back', async () => {
  await options.bringToFront();
  const trigger = await controlByLabel(options, 'Open a card');
  await trigger.select('click');
  const delay = await controlByLabel(options, 'Delay before a card opens (ms)');
  await delay.click();
  await selectAll();
  await delay.type('900');
  await options.keyboard.press('Tab');
  await expect.poll(async () => (await stored())?.openDelayMs, PATIENT).toBe(900);
  expect((await stored())?.trigger).toBe('click');

  const exported = await stored();
  await press(buttonByText(options, 'Export settings to a file'));
  await expect.poll(downloaded, PATIENT).toHaveLength(1);
  const [fileName] = await downloaded();
  expect(fileName).toMatch(/^backstory-settings-\d{4}-\d{2}-\d{2}\.json$/);
  const path = join(downloads, fileName);
  // Listed before Firefox has finished writing it: read until it parses.
  const read = async () =>
    JSON.parse(await readFile(path, 'utf8').catch(() => 'null')) as {
      format: string;
      settings: unknown;
    } | null;
  await expect.poll(async () => (await read())?.format, PATIENT).toBe('backstory-settings');
  expect((await read())?.settings).toEqual(exported);
  // What the earlier tests set is in it: the site's rule and the watch list.
  expect(exported?.siteRules).toEqual([{ pattern: new URL(demo.url).hostname, mode: 'all' }]);
  expect((exported?.watchLists as StoredList[])[0].terms).toEqual(['Umerov', '/kherson\\w*/']);

  // Changed again, then the file imported, replacing: the settings are those exported.
  await options.bringToFront();
  await (await controlByLabel(options, 'Open a card')).select('hover-modifier');
  await press(controlByLabel(options, 'Highlight names and figures on news pages'));
  await expect.poll(async () => (await stored())?.trigger, PATIENT).toBe('hover-modifier');
  await expect.poll(async () => (await stored())?.enabled, PATIENT).toBe(false);
  const input = (await controlByLabel(
    options,
    'Import settings from a file',
  )) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(path);
  const preview = () =>
    options.evaluate(() => document.querySelector('[aria-label="If replaced"]')?.textContent ?? '');
  await expect.poll(preview, PATIENT).toMatch(/Highlights turned on/);
  await press(buttonByText(options, 'Replace'));
  await expect.poll(stored, PATIENT).toEqual(exported);
  await expect
    .poll(
      () =>
        options.evaluate(
          () => document.querySelector('[aria-label="Backup status"]')?.textContent ?? '',
        ),
      PATIENT,
    )
    .toBe('Settings replaced by the file.');
  // The form shows what was imported.
  await expect
    .poll(async () =>
      (await controlByLabel(options, 'Open a card')).evaluate(
        (e) => (e as HTMLSelectElement).value,
      ),
    )
    .toBe('click');
  // And the open tab paints again, by the imported settings.
  await waitForHighlight(article, 'backstory-person', 'Vladimir Putin');
});

it('refuses a hostile file with a message, changing nothing', async () => {
  const before = await stored();
  const hostile = [
    '{"format":"backstory-settings","schemaVersion":2,"exportedAt":"","linkChoices":[],' +
      '"settings":{"__proto__":{"enabled":false}}}',
    JSON.stringify({
      format: 'backstory-settings',
      schemaVersion: 2,
      exportedAt: '',
      settings: { ...before, trigger: 'hover', sneaky: true },
      linkChoices: [],
    }),
  ];
  const messages = [/“__proto__” is not allowed/, /“settings.sneaky” is not a setting/];
  const alert = () =>
    options.evaluate(
      () => document.querySelector('[data-field="backup-error"]')?.textContent ?? '',
    );
  for (const [i, text] of hostile.entries()) {
    const path = join(downloads, `hostile-${i}.json`);
    await writeFile(path, text);
    const input = (await controlByLabel(
      options,
      'Import settings from a file',
    )) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(path);
    await expect.poll(alert, PATIENT).toMatch(messages[i]);
    expect(await options.$('[data-field="import-preview"]')).toBeNull();
    expect(await stored()).toEqual(before);
  }
  expect(firefox.extensionErrors).toEqual([]);
});
