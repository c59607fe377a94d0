/**
 * The Firefox build installed as a temporary add-on: the reference article's highlights, a
 * card with background and related articles, the popup's counts, adding a feed whose server
 * sends no CORS headers (the host permission is what lets the background read it), and one
 * saved real page. One browser for the file: Firefox is slow to start on two cores.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchFirefoxWithExtension,
  openExtensionPage,
  type LaunchedFirefox,
} from '../../scripts/harness/firefox';
import {
  hoverText,
  readHighlights,
  waitForCard,
  waitForStableHighlights,
  openReferenceArticle,
} from '../../scripts/harness/firefox-readers';
import { ROOT, SHARED_DIR } from '../../scripts/harness/paths';
import { serveDir, type Route } from '../../scripts/harness/static-server';

const DAY = 86_400_000;
/** A feed served without any CORS header: only a granted host permission lets the add-on read it. */
const RSS = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Closed Wire</title><link>http://127.0.0.1/</link>
<item><title>Odesa port reopens as Kherson gets power back</title><link>http://127.0.0.1/closed/odesa</link><guid>closed-1</guid><pubDate>${new Date(Date.now() - DAY).toUTCString()}</pubDate></item>
</channel></rss>`;
const noCorsFeed: Route = (req, res) => {
  if (req.url !== '/feeds/closed.xml') return false;
  res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(RSS);
  return true;
};
const REAL_PAGE = 'rd-bbc-1';
/** The add-on's own API, as its pages see it. */
type AddonApi = typeof import('wxt/browser').browser;

let firefox: LaunchedFirefox;
let demo: Awaited<ReturnType<typeof serveDir>>;
let real: Awaited<ReturnType<typeof serveDir>>;
let article: Page;

beforeAll(async () => {
  demo = await serveDir(join(ROOT, 'demo'), [noCorsFeed]);
  real = await serveDir(join(SHARED_DIR, 'fixtures/pages/real'));
  firefox = await launchFirefoxWithExtension();
  article = await openReferenceArticle(firefox.browser, demo.url);
});

afterAll(async () => {
  await firefox?.close();
  await demo?.close();
  await real?.close();
});

describe('the reference article in Firefox', () => {
  it('highlights the people, places, organisations and figures it names', async () => {
    const h = await readHighlights(article);
    for (const name of ['Vladimir Putin', 'Donald Trump', 'Xi Jinping', 'Emmanuel Macron'])
      expect(h['backstory-person']).toContain(name);
    for (const place of ['Ukraine', 'Moscow', 'Kyiv', 'New Delhi'])
      expect(h['backstory-place']).toContain(place);
    expect(h['backstory-org']).toContain('RIA Novosti');
    expect(h['backstory-figure']).toContain('138 drones');
    for (const never of ['Peace Plan', 'Privacy', 'Terms'])
      expect(Object.values(h).flat()).not.toContain(never);
  });

  it('opens a card with background and a related article from the feeds', async () => {
    await hoverText(article, 'backstory-person', 'Vladimir Putin');
    const card = await waitForCard(article);
    expect(card.name).toBe('Vladimir Putin');
    expect(card.background).toMatch(/chief of state of Russia/);
    expect(card.related.length).toBeGreaterThan(0);
    expect(card.related[0]?.href).toMatch(/^https?:\/\//);
    await article.mouse.move(5, 5);
  });

  it('shows in the popup how many of each type the tab highlights', async () => {
    const h = await readHighlights(article);
    const options = await openExtensionPage(firefox.browser, 'options.html');
    // The popup describes the active tab: bring the article forward, open the popup from an
    // add-on page (no toolbar to click here) and read it through extension.getViews.
    const counts = await options.evaluate(async () => {
      const api = (globalThis as unknown as { browser: AddonApi }).browser;
      const me = await api.tabs.getCurrent();
      const tabs = await api.tabs.query({ windowId: me?.windowId });
      const target = tabs.find((t) => t.index === (me?.index ?? 0) - 1);
      if (target?.id === undefined) return null;
      await api.tabs.update(target.id, { active: true });
      await (
        api as unknown as { browserAction: { openPopup(): Promise<void> } }
      ).browserAction.openPopup();
      for (let i = 0; i < 300; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const popup = api.extension.getViews({ type: 'popup' })[0] as unknown as Window | undefined;
        const cells = popup
          ? [...popup.document.querySelectorAll<HTMLElement>('[data-count]')]
          : [];
        if (cells.length === 4)
          return Object.fromEntries(cells.map((e) => [e.dataset.count, Number(e.textContent)]));
      }
      return null;
    });
    await options.close();
    expect(counts).toEqual({
      person: h['backstory-person']?.length ?? 0,
      place: h['backstory-place']?.length ?? 0,
      org: h['backstory-org']?.length ?? 0,
      figure: h['backstory-figure']?.length ?? 0,
    });
  });
});

describe('adding a feed whose server sends no CORS headers', () => {
  let options: Page;
  const status = (label: string) =>
    options.$eval(`[role=status][aria-label="${label}"]`, (e) => e.textContent ?? '');

  beforeAll(async () => {
    options = await openExtensionPage(firefox.browser, 'options.html');
  });
  afterAll(async () => options?.close());

  async function fillFeed() {
    // Typed into the field itself: puppeteer's locator waits for a visibility this Firefox's
    // BiDi does not report on an add-on's page (140.12 ESR), and times out.
    const url = await options.waitForSelector('input[type=url]');
    await url!.evaluate((e) => ((e as HTMLInputElement).value = ''));
    await url!.type(`${demo.url}/feeds/closed.xml`);
    const local = await options.$('xpath/.//label[contains(., "allow local addresses")]//input');
    if (!(await local?.evaluate((e) => (e as HTMLInputElement).checked))) await local?.click();
  }

  async function settled(): Promise<string> {
    await expect.poll(() => status('Feed status'), { timeout: 60_000 }).not.toMatch(/Adding|^$/);
    return status('Feed status');
  }

  it('says what was refused when the browser would not ask (no click to answer)', async () => {
    await fillFeed();
    // A submit from a script is not the reader's input: Firefox rejects the request.
    await options.$eval('form:has(input[type=url])', (f) => (f as HTMLFormElement).requestSubmit());
    expect(await settled()).toMatch(/no permission to read http:\/\/127\.0\.0\.1\/\*/);
    expect(await status('Permission status')).toMatch(
      /could not ask for permission to read http:\/\/127\.0\.0\.1\/\*: .+/,
    );
  });

  it('reads the feed once the reader grants its site from the form (no port in the pattern)', async () => {
    await fillFeed();
    // A real click, the reader's gesture that lets the add-on ask for the site.
    const add = await options.waitForSelector('::-p-text(Add feed)');
    await add!.click();
    expect(await settled()).toMatch(/Added “Closed Wire” with 1 article\./);
    expect(await status('Permission status')).toBe('');
    const granted = await options.evaluate(() =>
      (globalThis as unknown as { browser: AddonApi }).browser.permissions.contains({
        origins: ['http://127.0.0.1/*'],
      }),
    );
    expect(granted).toBe(true);
  });
});

describe('a saved real page', () => {
  it(`highlights ${REAL_PAGE} without an error from the add-on`, async () => {
    const page = await firefox.browser.newPage();
    await page.goto(`${real.url}/${REAL_PAGE}/source.html`);
    const h = await waitForStableHighlights(page);
    const article = readFileSync(
      join(SHARED_DIR, 'fixtures/pages/real', REAL_PAGE, 'expected.html'),
      'utf8',
    );
    const people = h['backstory-person'] ?? [];
    expect(people.length).toBeGreaterThan(0);
    for (const name of people) expect(article).toContain(name);
    expect(firefox.extensionErrors).toEqual([]);
    await page.close();
  });
});
