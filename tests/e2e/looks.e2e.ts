/**
 * Types and looks, end to end: the settings page (in its own tab) changes what the reference
 * article's open tab paints, at once and without a reload; first-mention density paints one
 * range per entity while next/previous still reaches the rest; the popup's legend follows.
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
import { evaluateInTarget, readHighlights } from '../../scripts/harness/page-readers';
import { ROOT } from '../../scripts/harness/paths';
import { serveDir } from '../../scripts/harness/static-server';
import { muteKeyOf } from '../../lib/rules/settings';
import type { MentionType } from '../../lib/types/mention';

/** Waits on storage and on the other tab are generous: a loaded machine is slow, not wrong. */
const PATIENT = { timeout: 30_000 };

let browser: Launched;
let server: Awaited<ReturnType<typeof serveDir>>;
let article: Page;
let options: Page;

beforeAll(async () => {
  server = await serveDir(join(ROOT, 'demo'));
  browser = await launchWithExtension();
  article = await openHighlighted(browser, `${server.url}/index.html`);
  // Gone if the tab reloads: every change below must reach the page as it is.
  await article.evaluate(
    () => ((window as unknown as { notReloaded: boolean }).notReloaded = true),
  );
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const count = async (page: Page, name: string) => (await readHighlights(page))[name]?.length ?? 0;
const notReloaded = () =>
  article.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded);

it('turning Figures off empties backstory-figure on the open tab, and people stay', async () => {
  const before = await readHighlights(article);
  expect(before['backstory-figure']?.length).toBeGreaterThan(3);
  expect(before['backstory-person']?.length).toBeGreaterThan(5);
  // The settings page's preview is painted the same way.
  await expect.poll(() => count(options, 'backstory-figure'), PATIENT).toBe(2);

  await options.getByLabel('Figures', { exact: true }).uncheck();
  await expect.poll(() => count(article, 'backstory-figure'), PATIENT).toBe(0);
  const after = await readHighlights(article);
  expect(after['backstory-person']).toEqual(before['backstory-person']);
  expect(after['backstory-place']).toEqual(before['backstory-place']);
  expect(await notReloaded()).toBe(true);
  expect(await count(options, 'backstory-figure')).toBe(0);
  // Nor are figures stepped to: the page's mentions hold none.
  const index = (await messageTab(browser, article, { type: 'page-index' })) as {
    mentions: { type: string }[];
  };
  expect(index.mentions.filter((m) => m.type === 'figure')).toEqual([]);
});

it('shows the kinds on in the popup’s legend, and names the ones turned off', async () => {
  await article.bringToFront();
  const worker = browser.context.serviceWorkers()[0];
  await worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }
    ).chrome.action.openPopup(),
  );
  const cdp = await browser.context.newCDPSession(article);
  const read = `JSON.stringify([...document.querySelectorAll('[data-legend]')].map((e) => [e.dataset.legend, e.textContent]))`;
  let legend: [string, string][] = [];
  const readLegend = async () => {
    const text = (await evaluateInTarget(cdp, '/popup.html', read)) as string | undefined;
    legend = text ? (JSON.parse(text) as [string, string][]) : [];
    return legend.length;
  };
  await expect.poll(readLegend, PATIENT).toBe(4);
  expect(legend.map(([kind]) => kind)).toEqual(['person', 'place', 'org', 'off']);
  expect(legend[3][1]).toBe('Not highlighted: Figures');
  await cdp.detach();
});

it('first-mention density paints one range per entity; next and previous reach the rest', async () => {
  await options.bringToFront();
  await options.getByLabel('Figures', { exact: true }).check();
  await expect.poll(() => count(article, 'backstory-figure'), PATIENT).toBeGreaterThan(3);

  const index = (await messageTab(browser, article, { type: 'page-index' })) as {
    mentions: { type: MentionType; text: string; entityId?: string }[];
  };
  const people = index.mentions.filter((m) => m.type === 'person');
  const entities = new Set(people.map(muteKeyOf));
  expect(people.length).toBeGreaterThan(entities.size);
  expect(await count(article, 'backstory-person')).toBe(people.length);

  await options.bringToFront();
  await options.getByLabel(/First mention of each name/).check();
  await expect.poll(() => count(article, 'backstory-person'), PATIENT).toBe(entities.size);
  // The first mention of each, in document order.
  const firsts = people.filter(
    (m, i) => people.findIndex((o) => muteKeyOf(o) === muteKeyOf(m)) === i,
  );
  expect((await readHighlights(article))['backstory-person']).toEqual(firsts.map((m) => m.text));
  expect(await notReloaded()).toBe(true);
  // The preview paints the sample's surname, a second mention, no more.
  expect(await count(options, 'backstory-person')).toBe(2);

  // Step through every mention: some of them are second mentions, which only the focus paints.
  await article.evaluate(() => window.scrollTo(0, 0));
  const focused = () =>
    article.evaluate(() => {
      const [range] = [...(CSS.highlights.get('backstory-focus') ?? [])] as Range[];
      const painted = [...(CSS.highlights.get('backstory-person') ?? [])] as Range[];
      return range
        ? {
            text: range.toString(),
            painted: painted.some(
              (r) =>
                r.startContainer === range.startContainer && r.startOffset === range.startOffset,
            ),
          }
        : null;
    });
  const seen: { text: string; painted: boolean }[] = [];
  for (let i = 0; i < index.mentions.length; i++) {
    await messageTab(browser, article, { type: 'command', name: 'next-mention' });
    const now = await focused();
    if (now) seen.push(now);
  }
  const repeated = people.filter((m) => !firsts.includes(m)).map((m) => m.text);
  const unpaintedPerson = seen.find((s) => !s.painted && repeated.includes(s.text));
  expect(unpaintedPerson).toBeDefined();
  // A mention was focused at every step.
  expect(seen).toHaveLength(index.mentions.length);
  const back = seen.at(-2);
  await messageTab(browser, article, { type: 'command', name: 'previous-mention' });
  expect((await focused())?.text).toBe(back?.text);
});

it('a new colour repaints the open tab in place, in the sheet adopted at document_start', async () => {
  const sheets = () => article.evaluate(() => document.adoptedStyleSheets.length);
  const adopted = await sheets();
  const name = (await readHighlights(article))['backstory-person'][0];
  const shot = async () => {
    await article.bringToFront();
    const box = await article.evaluate((text) => {
      const range = ([...CSS.highlights.get('backstory-person')!] as Range[]).find(
        (r) => r.toString() === text,
      )!;
      (range.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const r = range.getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    }, name);
    return (await article.screenshot({ clip: box })).toString('base64');
  };
  // Keyboard focus off, so only the person's own look is in the picture.
  await article.keyboard.press('Escape');
  const amber = await shot();
  await options.bringToFront();
  await options.getByLabel('Colour of People').selectOption('teal');
  await expect.poll(shot, PATIENT).not.toBe(amber);
  expect(await sheets()).toBe(adopted);
  expect(await notReloaded()).toBe(true);
});

it('keeps the looks when another section of the settings page saves', async () => {
  const stored = () =>
    browser.context.serviceWorkers()[0].evaluate(async () => {
      const chrome = (
        globalThis as unknown as {
          chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } };
        }
      ).chrome;
      return (await chrome.storage.sync.get('settings')).settings as {
        trigger: string;
        density: string;
        looks: { person: { colour: string } };
      };
    });
  await options.bringToFront();
  await options.getByLabel('Open a card').selectOption('click');
  await expect.poll(async () => (await stored()).trigger, PATIENT).toBe('click');
  expect((await stored()).looks.person.colour).toBe('teal');
  expect((await stored()).density).toBe('first');
});

it('a tab opened afterwards starts with the reader’s looks and density', async () => {
  const painted = await readHighlights(article);
  const first = painted['backstory-person'][0];
  const fresh = await openHighlighted(browser, `${server.url}/index.html`, first);
  expect((await readHighlights(fresh))['backstory-person']).toEqual(painted['backstory-person']);
  await fresh.close();
});
