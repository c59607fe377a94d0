/**
 * Feeds end to end: a local feed server (RSS, Atom, JSON Feed, with ETags) on 127.0.0.1; feeds
 * added through the settings page by their accessible names; their articles appear on cards;
 * a 304 writes nothing; a broken feed fails alone with its error in words. Headless Chromium
 * shows no permission prompt to answer, so the server allows cross-origin reads (CORS), as many
 * feeds do, and the settings page goes on after its short wait for the prompt.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { launchWithExtension, type Launched } from '../../scripts/harness/browser';
import {
  hoverText,
  waitForCard,
  waitForHighlight,
  waitForStableHighlights,
} from '../../scripts/harness/page-readers';
import { ROOT } from '../../scripts/harness/paths';
import { serveDir, type Route } from '../../scripts/harness/static-server';

// Dates relative to today, so the 180-day retention keeps them.
const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);
const RSS = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Local Wire</title><link>http://127.0.0.1/</link>
<item><title>Beijing hosts talks on Ukraine grain corridor</title><link>/wire/beijing-grain</link><guid>wire-1</guid><pubDate>${daysAgo(2).toUTCString()}</pubDate><description>Officials met in Beijing.</description></item>
</channel></rss>`;
const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Local Atom</title><id>urn:local</id><updated>${daysAgo(3).toISOString()}</updated>
<entry><title>Odesa port reopens after strikes</title><link href="http://127.0.0.1/atom/odesa"/><id>atom-1</id><updated>${daysAgo(1).toISOString()}</updated><summary>Ships left Odesa.</summary></entry></feed>`;
const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Local JSON',
  items: [
    {
      id: 'json-1',
      url: 'http://127.0.0.1/json/kherson',
      title: 'Kherson gets power back',
      date_published: daysAgo(1).toISOString(),
      content_text: 'Crews in Kherson restored heat.',
    },
  ],
});

const hits = { rss: 0, notModified: 0, slow: 0 };
const feedRoute: Route = (req, res) => {
  const send = (type: string, body: string, etag: string) => {
    if (req.headers['if-none-match'] === etag) {
      hits.notModified++;
      res.writeHead(304, { etag, 'access-control-allow-origin': '*' }).end();
    } else
      res
        .writeHead(200, { 'content-type': type, etag, 'access-control-allow-origin': '*' })
        .end(body);
    return true;
  };
  if (req.url === '/feeds/wire.xml')
    return (hits.rss++, send('application/rss+xml; charset=utf-8', RSS, '"rss-v1"'));
  if (req.url === '/feeds/atom.xml') return send('application/atom+xml', ATOM, '"atom-v1"');
  if (req.url === '/feeds/feed.json') return send('application/feed+json', JSON_FEED, '"json-v1"');
  if (req.url === '/feeds/slow.xml') {
    // Answers after a pause, so the test can stop the worker while the sync waits.
    hits.slow++;
    const items = Array.from(
      { length: 20 },
      (_, i) =>
        `<item><title>Slow story ${i}</title><link>http://127.0.0.1/slow/${i}</link><guid>slow-${i}</guid><pubDate>${daysAgo(1).toUTCString()}</pubDate></item>`,
    ).join('');
    setTimeout(
      () =>
        res
          .writeHead(200, {
            'content-type': 'application/rss+xml',
            'access-control-allow-origin': '*',
          })
          .end(`<rss version="2.0"><channel><title>Slow Wire</title>${items}</channel></rss>`),
      hits.slow === 1 ? 3000 : 0,
    );
    return true;
  }
  if (req.url === '/feeds/broken.xml')
    return (
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Moved</body></html>'),
      true
    );
  return false;
};

/** Waits on the extension's work are generous: a loaded machine is slow, not wrong. */
const PATIENT = { timeout: 60_000 };

let browser: Launched;
let server: Awaited<ReturnType<typeof serveDir>>;
let options: Page;

beforeAll(async () => {
  server = await serveDir(join(ROOT, 'demo'), [feedRoute]);
});
afterAll(async () => {
  await server?.close();
});
// Each test starts from a fresh profile and adds the feeds it needs.
beforeEach(async () => {
  Object.assign(hits, { rss: 0, notModified: 0, slow: 0 });
  browser = await launchWithExtension();
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
});
afterEach(async () => {
  await browser?.close();
});

async function addFeed(path: string, allowLocal = true): Promise<string> {
  await options.getByLabel('Feed URL').fill(`${server.url}${path}`);
  await options.getByLabel('allow local addresses', { exact: true }).setChecked(allowLocal);
  await options.getByRole('button', { name: 'Add feed' }).click();
  await expect
    .poll(() => options.getByRole('status', { name: 'Feed status' }).textContent(), PATIENT)
    .not.toMatch(/Adding/);
  return (await options.getByRole('status', { name: 'Feed status' }).textContent()) ?? '';
}

it('refuses a local address unless the reader allows it', async () => {
  expect(await addFeed('/feeds/wire.xml', false)).toMatch(/local or private network address/);
});

it('adds RSS, Atom and JSON feeds through the settings page', async () => {
  expect(await addFeed('/feeds/wire.xml')).toMatch(/Added “Local Wire” with 1 article/);
  expect(await addFeed('/feeds/atom.xml')).toMatch(/Added “Local Atom” with 1 article/);
  expect(await addFeed('/feeds/feed.json')).toMatch(/Added “Local JSON” with 1 article/);
  const list = await options.getByRole('list', { name: 'Your feeds' }).textContent();
  expect(list).toMatch(/Local Wire/);
  expect(list).toMatch(/next sync/);
});

it('lets the reader choose how often a feed syncs', async () => {
  expect(await addFeed('/feeds/wire.xml')).toMatch(/Added “Local Wire”/);
  await options.getByLabel('Sync interval for Local Wire').selectOption('60');
  await options.reload();
  await expect
    .poll(() => options.getByLabel('Sync interval for Local Wire').inputValue(), PATIENT)
    .toBe('60');
});

it('fails a broken feed alone, with its error in words', async () => {
  expect(await addFeed('/feeds/wire.xml')).toMatch(/Added “Local Wire”/);
  expect(await addFeed('/feeds/broken.xml')).toMatch(/Not a readable RSS, Atom or JSON feed/);
  await options.reload();
  await expect
    .poll(() => options.locator('[data-field=error]').allTextContents(), PATIENT)
    .toEqual([expect.stringMatching(/Not a readable/)]);
  // The other feeds are untouched.
  expect(
    await options.locator('li[data-feed$="/feeds/wire.xml"] [data-field=items]').textContent(),
  ).toBe('1 article');
});

it('shows the new articles as related articles on cards', async () => {
  expect(await addFeed('/feeds/wire.xml')).toMatch(/Added “Local Wire”/);
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/index.html`);
  await waitForHighlight(page, 'backstory-place', 'Beijing');
  await waitForStableHighlights(page);
  await hoverText(page, 'backstory-place', 'Beijing');
  const card = await waitForCard(page);
  expect(card.related.map((r) => r.text)).toContain(
    'Beijing hosts talks on Ukraine grain corridor',
  );
  expect(card.related.find((r) => r.text.startsWith('Beijing hosts'))?.href).toBe(
    `${server.url}/wire/beijing-grain`,
  );
  await page.close();
});

it('a 304 writes nothing: syncing again keeps the same articles', async () => {
  expect(await addFeed('/feeds/wire.xml')).toMatch(/Added “Local Wire”/);
  const before = await options
    .locator('li[data-feed$="/feeds/wire.xml"] [data-field=items]')
    .textContent();
  const notModified = hits.notModified;
  await options
    .locator('li[data-feed$="/feeds/wire.xml"]')
    .getByRole('button', { name: 'Sync now' })
    .click();
  await expect.poll(() => hits.notModified, PATIENT).toBe(notModified + 1);
  await options.reload();
  await expect
    .poll(
      () => options.locator('li[data-feed$="/feeds/wire.xml"] [data-field=items]').textContent(),
      PATIENT,
    )
    .toBe(before);
});

it('a worker stopped mid-sync loses nothing and duplicates nothing', async () => {
  // Start adding the slow feed, and stop the service worker while its fetch is under way.
  await options.getByLabel('Feed URL').fill(`${server.url}/feeds/slow.xml`);
  await options.getByLabel('allow local addresses', { exact: true }).setChecked(true);
  await options.getByRole('button', { name: 'Add feed' }).click();
  await expect.poll(() => hits.slow, PATIENT).toBe(1);
  const cdp = await browser.context.newCDPSession(options);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect
    .poll(() => options.getByRole('status', { name: 'Feed status' }).textContent(), PATIENT)
    .not.toMatch(/Adding/);
  // The next run (here "Sync now"; the alarm does the same) completes it.
  await options.reload();
  const slow = options.locator('li[data-feed$="/feeds/slow.xml"]');
  await slow.getByRole('button', { name: 'Sync now' }).click();
  await expect
    .poll(() => slow.locator('[data-field=items]').textContent(), PATIENT)
    .toBe('20 articles');
  await slow.getByRole('button', { name: 'Sync now' }).click();
  await expect.poll(() => hits.slow, PATIENT).toBeGreaterThanOrEqual(3);
  await options.reload();
  await expect
    .poll(
      () => options.locator('li[data-feed$="/feeds/slow.xml"] [data-field=items]').textContent(),
      PATIENT,
    )
    .toBe('20 articles');
});
