/**
 * The Chromium package as a store receives it: the zip `npm run zip` wrote, unpacked into a
 * folder of its own and loaded from there, highlights the reference article and opens a card.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, openHighlighted, type Launched } from '../../scripts/harness/browser';
import { packagePath } from '../../scripts/harness/packages';
import { hoverText, readHighlights, waitForCard } from '../../scripts/harness/page-readers';
import { ROOT } from '../../scripts/harness/paths';
import { serveDir } from '../../scripts/harness/static-server';
import { unzip } from '../../scripts/harness/unzip';

/** No file a store reviews may be over this size (addons-linter stops reading text at 5 MB). */
const MAX_FILE_BYTES = 4 * 1024 * 1024;

const zip = packagePath('chrome');
let dir: string;
let files: string[];
let browser: Launched;
let server: Awaited<ReturnType<typeof serveDir>>;

beforeAll(async () => {
  if (!existsSync(zip)) throw new Error(`No package at ${zip}: run \`npm run zip\` first.`);
  dir = mkdtempSync(join(tmpdir(), 'backstory-package-'));
  files = unzip(zip, dir);
  server = await serveDir(join(ROOT, 'demo'));
  browser = await launchWithExtension({ extensionDir: dir });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

it('holds the manifest, its messages and icons, the gzipped starter pack, and no file over 4 MB', () => {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    name: string;
    default_locale: string;
    icons: Record<string, string>;
  };
  expect(manifest.name).toBe('__MSG_extName__');
  expect(files).toContain(join('_locales', manifest.default_locale, 'messages.json'));
  expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '96', '128']);
  for (const icon of Object.values(manifest.icons)) expect(files).toContain(icon);
  expect(files).toContain(join('packs', 'starter.json.gz'));
  const large = files.filter((f) => readFileSync(join(dir, f)).length > MAX_FILE_BYTES);
  expect(large).toEqual([]);
});

it('installs from the unpacked zip, highlights the reference article and opens a card', async () => {
  const page = await openHighlighted(browser, `${server.url}/index.html`);
  const h = await readHighlights(page);
  expect(h['backstory-person']).toContain('Vladimir Putin');
  expect(h['backstory-place']).toContain('Moscow');
  await hoverText(page, 'backstory-person', 'Vladimir Putin');
  // The first card of a fresh install waits for the starter pack to be written.
  const card = await waitForCard(page, 45_000);
  expect(card.name).toBe('Vladimir Putin');
  expect(card.type).toBe('Person');
});
