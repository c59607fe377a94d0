/**
 * Debian's Chromium driven by playwright-core (no browser download), with the built extension or
 * without it, and what a test or script does through the extension's service worker.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { EXTENSION_DIR } from './paths';
import { waitForHighlight, waitForStableHighlights } from './page-readers';

/** Debian's Chromium, or a clear instruction. */
export function chromiumPath(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found)
    throw new Error(
      'Chromium not found: install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH.',
    );
  return found;
}

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  close: () => Promise<void>;
}

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Chromium in a fresh profile with these extra arguments; the profile goes when it closes. */
async function launchInProfile(
  args: string[],
  headless: boolean,
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'backstory-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless,
    viewport: { width: 1280, height: 900 },
    // The extension writes dates and numbers in the browser's locale: tests read them in one.
    locale: 'en-GB',
    args: [...args, ...FLAGS],
  });
  return {
    context,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Chromium with the built extension, in a fresh profile. */
export async function launchWithExtension(
  options: {
    extensionDir?: string;
    headless?: boolean;
    /** More Chromium flags, e.g. `--host-resolver-rules` mapping test names to 127.0.0.1. */
    args?: string[];
  } = {},
): Promise<Launched> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  const { context, close } = await launchInProfile(
    [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(options.args ?? []),
    ],
    options.headless ?? true,
  );
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  return { context, extensionId: new URL(worker.url()).host, close };
}

/** The same browser, flags and window without any extension: the baseline a measurement subtracts. */
export function launchWithoutExtension(
  options: { headless?: boolean } = {},
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  return launchInProfile([], options.headless ?? true);
}

type ChromeLike = {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(id: number, message: unknown): Promise<unknown>;
  };
};

/** Send a protocol message to the content script of `page`'s tab, through the service worker. */
export async function messageTab(
  launched: Launched,
  page: Page,
  message: unknown,
): Promise<unknown> {
  await page.bringToFront();
  const worker = launched.context.serviceWorkers()[0];
  return worker.evaluate(async (m) => {
    const chrome = (globalThis as unknown as { chrome: ChromeLike }).chrome;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id === undefined ? null : chrome.tabs.sendMessage(tab.id, m);
  }, message);
}

/** Store the reader's settings as the options page would (chrome.storage.sync). */
export async function setSettings(
  launched: Launched,
  settings: Record<string, unknown>,
): Promise<void> {
  const worker = launched.context.serviceWorkers()[0];
  await worker.evaluate(async (s) => {
    const chrome = (
      globalThis as unknown as {
        chrome: {
          storage: {
            sync: { set(v: object): Promise<void> };
            local: { set(v: object): Promise<void> };
          };
        };
      }
    ).chrome;
    await chrome.storage.sync.set({ settings: s });
    await chrome.storage.local.set({ settings: s });
  }, settings);
}

/** Open a page of the server and wait until its highlights are complete. */
export async function openHighlighted(
  launched: Launched,
  url: string,
  first = 'Vladimir Putin',
): Promise<Page> {
  const page = await launched.context.newPage();
  await page.goto(url);
  await waitForHighlight(page, 'backstory-person', first);
  await waitForStableHighlights(page);
  return page;
}

/**
 * Open a URL in a new tab, collecting the page's uncaught errors and console errors;
 * `beforeLoad` runs on the tab before it navigates (e.g. to add an init script).
 */
export async function openWatchingErrors(
  launched: Launched,
  url: string,
  beforeLoad?: (page: Page) => Promise<void>,
): Promise<{ page: Page; errors: string[] }> {
  const page = await launched.context.newPage();
  await beforeLoad?.(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(url);
  return { page, errors };
}
