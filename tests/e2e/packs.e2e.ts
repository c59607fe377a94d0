/**
 * Knowledge packs from the settings page: a 100,000-entity pack file imports with progress;
 * a pack's names are highlighted with its descriptions, and removing it removes them. Each test
 * imports the pack it needs. How fast imports run is `npm run bench:sync`'s business.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, openHighlighted, type Launched } from '../../scripts/harness/browser';
import { hoverText, waitForCard } from '../../scripts/harness/page-readers';
import { ROOT } from '../../scripts/harness/paths';
import { serveDir } from '../../scripts/harness/static-server';

/** Waits on the extension's work (imports, removals) are generous: a loaded machine is slow, not wrong. */
const PATIENT = { timeout: 120_000 };

let browser: Launched;
let server: Awaited<ReturnType<typeof serveDir>>;
let options: Page;
const dir = mkdtempSync(join(tmpdir(), 'backstory-pack-'));

const entity = (id: string, type: string, name: string, description: string) => ({
  id,
  type,
  name,
  aliases: [],
  description,
  background: 'Generated for a test of pack imports.',
  sourceId: 'gen',
  updatedAt: '2025-12-01',
  prominence: 0.1,
});

/** A pack file in the test's temporary folder. */
function packFile(id: string, title: string, entities: object[]): string {
  const file = join(dir, `${id}.json`);
  const pack = {
    format: 'backstory-pack/1',
    id,
    version: 1,
    title,
    generated: '2025-12-01T00:00:00Z',
    licence: 'CC0',
    attribution: 'Tests',
    sources: [{ id: 'gen', name: 'Generator', url: 'https://example.com/', licence: 'CC0' }],
    entities,
  };
  writeFileSync(file, JSON.stringify(pack));
  return file;
}

const packStatus = () => options.getByRole('status', { name: 'Pack status' }).textContent();

beforeAll(async () => {
  server = await serveDir(join(ROOT, 'demo'));
  browser = await launchWithExtension();
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('imports 100,000 entities, showing its progress, and the settings page takes input meanwhile', async () => {
  const file = packFile(
    'bench',
    'Big test pack',
    Array.from({ length: 100_000 }, (_, i) =>
      entity(`bench:e${i}`, 'org', `Test Organisation ${i}`, 'Generated for a test'),
    ),
  );
  await options.getByLabel('Import pack file').setInputFiles(file);
  await options.getByLabel('Import progress').waitFor(PATIENT);
  await options.getByLabel('Feed URL').fill('https://example.com/typed-during-import.xml');
  expect(await options.getByLabel('Feed URL').inputValue()).toBe(
    'https://example.com/typed-during-import.xml',
  );
  await options.getByLabel('Feed URL').fill('');
  await expect.poll(packStatus, PATIENT).toMatch(/Imported 100,000 entities from “bench”/);
  await expect
    .poll(() => options.locator('li[data-pack=bench] [data-field=entities]').textContent(), PATIENT)
    .toBe('100,000 entities');
}, 300_000);

it('highlights the pack’s names with its text, and forgets them when the pack is removed', async () => {
  const file = packFile('envoys', 'Envoys test pack', [
    entity('envoys:witkoff', 'person', 'Steve Witkoff', 'U.S. special envoy (from the test pack)'),
  ]);
  await options.getByLabel('Import pack file').setInputFiles(file);
  await expect.poll(packStatus, PATIENT).toMatch(/Imported 1 entity from “envoys”/);
  const page = await openHighlighted(browser, `${server.url}/index.html`);
  await hoverText(page, 'backstory-person', 'Steve Witkoff');
  expect((await waitForCard(page)).description).toBe('U.S. special envoy (from the test pack)');
  await page.close();
  await options.locator('li[data-pack=envoys]').getByRole('button', { name: 'Remove' }).click();
  await expect.poll(() => options.locator('li[data-pack=envoys]').count(), PATIENT).toBe(0);
  const after = await openHighlighted(browser, `${server.url}/index.html`);
  await hoverText(after, 'backstory-person', 'Steve Witkoff');
  expect((await waitForCard(after)).description).not.toMatch(/test pack/);
  await after.close();
}, 300_000);

it('refuses a file that is not a pack, with a reason', async () => {
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify({ format: 'something-else' }));
  await options.getByLabel('Import pack file').setInputFiles(bad);
  await expect.poll(packStatus, PATIENT).toMatch(/^Not a valid knowledge pack: /);
});
