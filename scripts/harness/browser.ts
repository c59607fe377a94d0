/**
 * End-to-end helpers shared by the tests and `npm run demo`: a static server on 127.0.0.1,
 * Debian's Chromium with the built extension (playwright-core, no browser download), and
 * readers for what the page shows (highlights from CSS.highlights, the card's shadow root).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const SHARED_DIR = resolve(ROOT, '../shared');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/rss+xml; charset=utf-8',
  '.png': 'image/png',
};

export type Route = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

/** Serve a folder (and optional extra routes) on 127.0.0.1 at a free port. */
export async function serveDir(dir: string, routes: Route[] = []): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer(async (req, res) => {
    try {
      for (const route of routes) if (await route(req, res)) return;
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (path === '/favicon.ico') {
        // No icon, and no 404 in the page's console that tests would count as an error.
        res.writeHead(204);
        res.end();
        return;
      }
      const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
      if (!file.startsWith(dir)) throw new Error('outside');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/** Debian's Chromium, or a clear instruction. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Chromium not found: install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH.');
  return found;
}

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  close: () => Promise<void>;
}

/** Chromium with the built extension, in a fresh profile. */
export async function launchWithExtension(options: { extensionDir?: string; headless?: boolean } = {}): Promise<Launched> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  const profile = mkdtempSync(join(tmpdir(), 'backstory-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Every backstory-* highlight: name → the texts of its ranges, in document order. */
export function readHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('backstory-')) continue;
      out[name] = [...(highlight as Highlight)].map((r) => r.toString());
    }
    return out;
  });
}

/** Wait until a highlight holds a range with this text (or any range, without text). */
export async function waitForHighlight(page: Page, name: string, text?: string, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    ([n, t]) => {
      const h = CSS.highlights.get(n as string);
      return !!h && [...h].some((r) => t === null || r.toString() === t);
    },
    [name, text ?? null] as const,
    { timeout, polling: 100 },
  );
}

/** Move the pointer onto the first range of a highlight with this text, in steps like a hand. */
export async function hoverText(page: Page, name: string, text: string): Promise<void> {
  const box = await page.evaluate(
    ([n, t]) => {
      const h = CSS.highlights.get(n);
      const range = h && ([...h] as Range[]).find((r) => r.toString() === t);
      if (!range) return null;
      (range.startContainer.parentElement as HTMLElement | null)?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    },
    [name, text] as const,
  );
  if (!box) throw new Error(`no ${name} highlight with text "${text}"`);
  await page.mouse.move(box.x - 40, box.y + 30);
  await page.mouse.move(box.x, box.y, { steps: 5 });
}

export interface CardFields {
  name: string;
  type: string;
  description: string;
  background: string;
  source: string;
  related: { text: string; href: string }[];
}

/** The open card's fields, read from the shadow root of <backstory-card>, or null. */
export function readCard(page: Page): Promise<CardFields | null> {
  // No named functions inside: tsx (the demo) would wrap them in a helper the page lacks.
  return page.evaluate(() => {
    const card = document.querySelector('backstory-card')?.shadowRoot?.querySelector('[data-backstory-card]');
    if (!card) return null;
    const fields: Record<string, string> = {};
    for (const name of ['name', 'type', 'description', 'background', 'source']) {
      fields[name] = card.querySelector(`[data-field="${name}"]`)?.textContent?.trim() ?? '';
    }
    return {
      ...(fields as Omit<CardFields, 'related'>),
      related: [...card.querySelectorAll('a[data-related]')].map((a) => ({ text: a.textContent ?? '', href: (a as HTMLAnchorElement).href })),
    };
  });
}

/** Wait for an open card whose content has loaded (not the "Loading…" state). */
export async function waitForCard(page: Page, timeout = 10_000): Promise<CardFields> {
  await page.waitForFunction(
    () => {
      const card = document.querySelector('backstory-card')?.shadowRoot?.querySelector('[data-backstory-card]');
      return !!card && !!card.querySelector('[data-field="description"], [data-field="related"]');
    },
    undefined,
    { timeout, polling: 50 },
  );
  return (await readCard(page)) as CardFields;
}

/**
 * Wait until the highlights stop changing: long articles are highlighted progressively, slice
 * by slice, so the first highlight is not the last.
 */
export async function waitForStableHighlights(page: Page, quietMs = 600, timeout = 30_000): Promise<Record<string, string[]>> {
  const deadline = Date.now() + timeout;
  let last = '';
  let since = Date.now();
  for (;;) {
    const now = await readHighlights(page);
    const key = JSON.stringify(now);
    if (key !== last) {
      last = key;
      since = Date.now();
    } else if (Object.keys(now).length && Date.now() - since >= quietMs) return now;
    if (Date.now() > deadline) throw new Error('highlights kept changing (or never appeared)');
    await page.waitForTimeout(100);
  }
}

type ChromeLike = {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(id: number, message: unknown): Promise<unknown>;
  };
};

/** Send a protocol message to the content script of `page`'s tab, through the service worker. */
export async function messageTab(launched: Launched, page: Page, message: unknown): Promise<unknown> {
  await page.bringToFront();
  const worker = launched.context.serviceWorkers()[0];
  return worker.evaluate(async (m) => {
    const chrome = (globalThis as unknown as { chrome: ChromeLike }).chrome;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id === undefined ? null : chrome.tabs.sendMessage(tab.id, m);
  }, message);
}

/** Store the reader's settings as the options page would (chrome.storage.sync). */
export async function setSettings(launched: Launched, settings: Record<string, unknown>): Promise<void> {
  const worker = launched.context.serviceWorkers()[0];
  await worker.evaluate(async (s) => {
    const chrome = (globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> }; local: { set(v: object): Promise<void> } } } }).chrome;
    await chrome.storage.sync.set({ settings: s });
    await chrome.storage.local.set({ settings: s });
  }, settings);
}

/** Is a card open? */
export function cardIsOpen(page: Page): Promise<boolean> {
  return page.evaluate(() => !!document.querySelector('backstory-card')?.shadowRoot?.querySelector('[data-backstory-card]'));
}

/** Open a page of the server and wait until its highlights are complete. */
export async function openHighlighted(launched: Launched, url: string, first = 'Vladimir Putin'): Promise<Page> {
  const page = await launched.context.newPage();
  await page.goto(url);
  await waitForHighlight(page, 'backstory-person', first);
  await waitForStableHighlights(page);
  return page;
}

/** Open a URL in a new tab, collecting the page's uncaught errors and console errors. */
export async function openWatchingErrors(launched: Launched, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await launched.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(url);
  return { page, errors };
}
