/**
 * Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi (Playwright's own Firefox
 * build cannot be downloaded here), with the built add-on installed as a temporary add-on from
 * its folder or from the zipped package, and what a test does through the add-on's own pages.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from './paths';

export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv2');
/** The add-on id of wxt.config.ts (`browser_specific_settings.gecko.id`). */
const ADDON_ID = 'backstory@backstory.invalid';
/** Pinned through `extensions.webextensions.uuids`, so moz-extension:// URLs are known ahead. */
export const FIREFOX_UUID = '6f1f3c2a-4b8e-4d7a-9c3e-2a5b7d9e1f40';
export const FIREFOX_ORIGIN = `moz-extension://${FIREFOX_UUID}`;

/** Debian's Firefox ESR, or a clear instruction. */
export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(
    Boolean,
  ) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found)
    throw new Error(
      'Firefox not found: install it with `sudo apt-get install -y firefox-esr` (Debian), or set FIREFOX_PATH.',
    );
  return found;
}

const PREFS = {
  'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: FIREFOX_UUID }),
  // A test cannot click a doorhanger: optional permissions are granted as the reader would.
  'extensions.webextOptionalPermissionPrompts': false,
  // browserAction.openPopup() from a test, which has no toolbar click to give.
  'extensions.openPopupWithoutUserGesture.enabled': true,
  // Copy the add-on's console and uncaught errors to stdout, where the harness reads them.
  'devtools.console.stdout.content': true,
  'devtools.console.stdout.chrome': true,
  // Nothing leaves the machine: no update checks, remote settings or telemetry.
  'app.update.enabled': false,
  'extensions.update.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
  'network.connectivity-service.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'browser.region.network.url': '',
  'browser.safebrowsing.downloads.remote.enabled': false,
};

/** WebDriver BiDi commands puppeteer has no method for (its BiDi browser exposes the connection). */
export function bidi(browser: Browser): {
  send(method: string, params: object): Promise<{ result: unknown }>;
} {
  return (browser as unknown as { connection: ReturnType<typeof bidi> }).connection;
}

export interface LaunchedFirefox {
  browser: Browser;
  /** Lines Firefox printed that come from the add-on: its uncaught errors and warnings. */
  extensionErrors: string[];
  close: () => Promise<void>;
}

/**
 * Firefox with the add-on installed from `source`: the build folder (default) or a packaged
 * .zip, which is what a reader installs.
 */
export async function launchFirefoxWithExtension(
  options: {
    source?: string;
    /** Save every download into this folder without asking (see `downloadPrefs`). */
    downloads?: string;
  } = {},
): Promise<LaunchedFirefox> {
  const source = options.source ?? FIREFOX_EXTENSION_DIR;
  const packaged = source.endsWith('.zip') || source.endsWith('.xpi');
  if (!existsSync(packaged ? source : join(source, 'manifest.json')))
    throw new Error(`No Firefox build at ${source}: run \`npm run build:firefox\` first.`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // moz-extension:// pages are opened and scripted by the tests.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...PREFS,
      ...(options.downloads ? downloadPrefs(options.downloads) : {}),
    },
    defaultViewport: { width: 1280, height: 900 },
  });
  const extensionErrors: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n'))
      if (isExtensionError(line)) extensionErrors.push(line.trim());
  };
  browser.process()?.stdout?.on('data', collect);
  browser.process()?.stderr?.on('data', collect);
  // BiDi's webExtension.install takes a folder as `path`, a packaged add-on as `archivePath`.
  await bidi(browser).send('webExtension.install', {
    extensionData: packaged
      ? { type: 'archivePath', path: source }
      : { type: 'path', path: source },
  });
  return { browser, extensionErrors, close: () => browser.close().catch(() => undefined) };
}

/** An uncaught error or a logged warning of the add-on, as Firefox prints it to stdout. */
function isExtensionError(line: string): boolean {
  if (line.includes('[backstory]')) return true;
  return /^JavaScript (error|warning):/.test(line) && line.includes(FIREFOX_ORIGIN);
}

/**
 * Open one of the add-on's pages in a new tab. `goto` on a moz-extension:// URL may never
 * report completion (the page moves to the extension process), so the document is polled.
 * With `behind`, that tab is made the active one before the page loads: the popup's page
 * describes the active tab, as the popup opened over it does.
 */
export async function openExtensionPage(
  browser: Browser,
  path: string,
  options: { behind?: Page } = {},
): Promise<Page> {
  const page = await browser.newPage();
  await options.behind?.bringToFront();
  const url = `${FIREFOX_ORIGIN}/${path}`;
  void page.goto(url).catch(() => undefined);
  const deadline = Date.now() + 30_000;
  for (;;) {
    const ready = await page
      .evaluate((u) => location.href === u && document.readyState === 'complete', url)
      .catch(() => false);
    if (ready) return page;
    if (Date.now() > deadline) throw new Error(`${url} never loaded`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Preferences that save every download into `folder` without asking, where a test reads the
 * file the reader would get. Set at launch: WebDriver BiDi's `browser.setDownloadBehavior` is
 * not in every Firefox ESR ("unknown command" in 140.12).
 */
function downloadPrefs(folder: string): Record<string, unknown> {
  return {
    'browser.download.folderList': 2,
    'browser.download.dir': folder,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.download.panel.shown': true,
  };
}
