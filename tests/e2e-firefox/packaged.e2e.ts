/**
 * The zipped Firefox package, made by WXT's `zip` as `npm run zip` does and installed as a
 * reader installs it (the archive, not the build folder): it loads, highlights the reference
 * article and opens its settings page.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  launchFirefoxWithExtension,
  openExtensionPage,
  type LaunchedFirefox,
} from '../../scripts/harness/firefox';
import { waitForHighlight, waitForStableHighlights } from '../../scripts/harness/firefox-readers';
import { ROOT } from '../../scripts/harness/paths';
import { serveDir } from '../../scripts/harness/static-server';

let firefox: LaunchedFirefox;
let demo: Awaited<ReturnType<typeof serveDir>>;
let zip: string;

/** The newest Firefox package in .output (not the sources archive WXT makes beside it). */
function newestFirefoxZip(): string {
  const dir = join(ROOT, '.output');
  const zips = readdirSync(dir)
    .filter((f) => f.endsWith('-firefox.zip'))
    .map((f) => join(dir, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (!zips[0]) throw new Error('`wxt zip -b firefox` made no *-firefox.zip in .output');
  return zips[0];
}

/** Building and zipping is slow on a loaded two-core machine: slow, not wrong. */
const ZIP_TIMEOUT_MS = 300_000;

beforeAll(async () => {
  await promisify(execFile)('npx', ['wxt', 'zip', '-b', 'firefox'], {
    cwd: ROOT,
    maxBuffer: 16 * 1024 * 1024,
  });
  zip = newestFirefoxZip();
  demo = await serveDir(join(ROOT, 'demo'));
  firefox = await launchFirefoxWithExtension({ source: zip });
}, ZIP_TIMEOUT_MS);

afterAll(async () => {
  await firefox?.close();
  await demo?.close();
});

it('installs from the zip and highlights the reference article', async () => {
  const page = await firefox.browser.newPage();
  await page.goto(`${demo.url}/index.html`);
  await waitForHighlight(page, 'backstory-person', 'Vladimir Putin');
  const h = await waitForStableHighlights(page);
  expect(h['backstory-place']).toContain('Ukraine');
  expect(h['backstory-figure']).toContain('138 drones');
  expect(firefox.extensionErrors).toEqual([]);
});

it('opens the packaged settings page', async () => {
  const options = await openExtensionPage(firefox.browser, 'options.html');
  expect(await options.$eval('legend', (e) => e.textContent)).toBeTruthy();
  expect(await options.$$eval('legend', (all) => all.map((e) => e.textContent))).toContain('Feeds');
});
