/**
 * Hostile feeds and pack URLs end to end (issue 14, items 5 and 6), in Chromium with the built
 * extension. One server on 127.0.0.1 plays every site; other names are mapped to it with
 * `--host-resolver-rules`, so "public" names pass the address check while the requests never
 * leave the machine. The server counts what reaches its "local admin" path: a redirect must
 * never deliver a request there.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { launchWithExtension, type Launched } from '../../scripts/harness/browser';
import { hoverText, waitForCard, waitForHighlight } from '../../scripts/harness/page-readers';
import { ROOT } from '../../scripts/harness/paths';
import { serveDir } from '../../scripts/harness/static-server';

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Names standing for public sites; all resolve to the local server. */
const PUBLIC = ['wire.test', 'flood.test', 'mirror.test', 'packs.test'];
const PATIENT = { timeout: 90_000 };
/** A whole test: the flood feed alone is 20,000 items to fetch and parse. */
const LONG = 180_000;

const item = (link: string, title: string, date: number) =>
  `<item><title>${title}</title><link>${link}</link><guid>${link}</guid><pubDate>${new Date(date).toUTCString()}</pubDate></item>`;
const rss = (title: string, items: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${title}</title>${items}</channel></rss>`;

/** Requests that reached the local-only path, and every path asked for. */
const seen = { admin: 0, paths: [] as string[] };
let port = 0;

function route(req: IncomingMessage, res: ServerResponse): boolean {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '');
  const path = req.url ?? '/';
  seen.paths.push(`${host}${path}`);
  const send = (body: string, type = 'application/rss+xml') => (
    res.writeHead(200, { 'content-type': type, 'access-control-allow-origin': '*' }).end(body),
    true
  );
  const moved = (to: string) => (res.writeHead(302, { location: to }).end(), true);
  if (path.startsWith('/admin')) {
    seen.admin++;
    return send('reset done', 'text/plain');
  }
  if (host === 'wire.test' && path === '/rss')
    return send(
      rss(
        'Quiet Wire',
        item('http://wire.test/beijing', 'Beijing hosts talks on grain', Date.now() - 2 * DAY),
      ),
    );
  if (host === 'flood.test' && path === '/rss') {
    // Twenty thousand items, every one dated twelve hours ahead.
    const ahead = Date.now() + 12 * HOUR;
    const items = Array.from({ length: 20_000 }, (_, i) =>
      item(`http://flood.test/${i}`, `Flood ${i}`, ahead),
    );
    return send(rss('Flood', items.join('')));
  }
  if (host === 'flood.test' && path === '/to-local')
    return moved(`http://127.0.0.1:${port}/admin?action=reset`);
  if (host === 'mirror.test' && path === '/twice') return moved('http://flood.test/to-local');
  if (host === 'packs.test' && path === '/pack.json')
    return moved(`http://127.0.0.1:${port}/admin?action=pack`);
  return false;
}

let server: Awaited<ReturnType<typeof serveDir>>;
let browser: Launched;
let options: Page;

beforeAll(async () => {
  server = await serveDir(join(ROOT, 'demo'), [route]);
  port = Number(new URL(server.url).port);
}, LONG);
afterAll(async () => {
  await server?.close();
}, LONG);
beforeEach(async () => {
  Object.assign(seen, { admin: 0, paths: [] });
  browser = await launchWithExtension({
    args: [`--host-resolver-rules=${PUBLIC.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ')}`],
  });
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
}, LONG);
afterEach(async () => {
  await browser?.close();
}, LONG);

async function addFeed(url: string): Promise<string> {
  await options.getByLabel('Feed URL').fill(url);
  await options.getByLabel('allow local addresses', { exact: true }).setChecked(false);
  await options.getByRole('button', { name: 'Add feed' }).click();
  const status = options.getByRole('status', { name: 'Feed status' });
  await expect.poll(() => status.textContent(), PATIENT).not.toMatch(/Adding|^$/);
  return (await status.textContent()) ?? '';
}

const itemsOf = (host: string) =>
  options.locator(`li[data-feed*="//${host}/"] [data-field=items]`).textContent();

it(
  '6. a public feed redirecting to a local address: the local server receives nothing',
  async () => {
    expect(await addFeed('http://flood.test/to-local')).toMatch(/not allowed|cannot be checked/);
    expect(await addFeed('http://mirror.test/twice')).toMatch(/not allowed|cannot be checked/);
    expect(seen.paths).toContain('flood.test/to-local');
    expect(seen.admin).toBe(0);
  },
  LONG,
);

it(
  '6. IPv4-mapped, trailing-dot and single-label local forms are refused before any request',
  async () => {
    for (const url of [
      `http://[::ffff:127.0.0.1]:${port}/admin`,
      `http://localhost.:${port}/admin`,
      `http://[::]:${port}/admin`,
    ])
      expect(await addFeed(url)).toMatch(/local or private network address/);
    expect(seen.admin).toBe(0);
  },
  LONG,
);

it(
  '6. a pack URL redirecting to a local address: the local server receives nothing',
  async () => {
    await options.getByLabel('Pack URL').fill('http://packs.test/pack.json');
    await options.getByLabel('allow local addresses (pack)').setChecked(false);
    await options.getByRole('button', { name: 'Add pack' }).click();
    const status = options.getByRole('status', { name: 'Pack status' });
    await expect.poll(() => status.textContent(), PATIENT).toMatch(/not allowed|cannot be checked/);
    expect(seen.paths).toContain('packs.test/pack.json');
    expect(seen.admin).toBe(0);
  },
  LONG,
);

it(
  '5. a feed of 20,000 items dated ahead keeps to its cap and leaves the other feed on cards',
  async () => {
    expect(await addFeed('http://wire.test/rss')).toMatch(/Added “Quiet Wire” with 1 article/);
    expect(await addFeed('http://flood.test/rss')).toMatch(/Added “Flood”/);
    await options.reload();
    await expect.poll(() => itemsOf('flood.test'), PATIENT).toBe('1,000 articles');
    expect(await itemsOf('wire.test')).toBe('1 article');
    // Synced again, the flood adds nothing and the quiet feed keeps its article.
    await options
      .locator('li[data-feed*="//flood.test/"]')
      .getByRole('button', { name: 'Sync now' })
      .click();
    await options.reload();
    await expect.poll(() => itemsOf('flood.test'), PATIENT).toBe('1,000 articles');
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/index.html`);
    await waitForHighlight(page, 'backstory-place', 'Beijing');
    await hoverText(page, 'backstory-place', 'Beijing');
    const card = await waitForCard(page);
    expect(card.related.map((r) => r.text)).toContain('Beijing hosts talks on grain');
    await page.close();
  },
  LONG,
);
