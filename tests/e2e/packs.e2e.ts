/**
 * Knowledge packs from the settings page: a 100,000-entity pack file imports with progress
 * while the page stays responsive; its names are highlighted with its descriptions; removing it
 * removes them.
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

let browser: Launched;
let server: Awaited<ReturnType<typeof serveDir>>;
let options: Page;
const file = join(mkdtempSync(join(tmpdir(), 'backstory-pack-')), 'big-pack.json');

beforeAll(async () => {
  const entities = Array.from({ length: 100_000 }, (_, i) => ({
    id: `bench:e${i}`,
    type: 'org',
    name: `Test Organisation ${i}`,
    aliases: [],
    description: 'Generated for a test',
    background: 'Generated for a test of large imports.',
    sourceId: 'gen',
    updatedAt: '2025-12-01',
    prominence: 0.1,
  }));
  entities[0] = { ...entities[0], id: 'bench:witkoff', type: 'person', name: 'Steve Witkoff', description: 'U.S. special envoy (from the test pack)' };
  const pack = { format: 'backstory-pack/1', id: 'bench', version: 1, title: 'Big test pack', generated: '2025-12-01T00:00:00Z', licence: 'CC0', attribution: 'Tests', sources: [{ id: 'gen', name: 'Generator', url: 'https://example.com/', licence: 'CC0' }], entities };
  writeFileSync(file, JSON.stringify(pack));
  server = await serveDir(join(ROOT, 'demo'));
  browser = await launchWithExtension();
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('imports 100,000 entities with progress, and the page stays responsive', async () => {
  await options.getByLabel('Import pack file').setInputFiles(file);
  await options.getByLabel('Import progress').waitFor({ timeout: 10_000 });
  const t0 = Date.now();
  expect(await options.evaluate(() => 1)).toBe(1);
  expect(Date.now() - t0).toBeLessThan(1000);
  await expect.poll(() => options.getByRole('status', { name: 'Pack status' }).textContent(), { timeout: 60_000 }).toMatch(/Imported 100,000 entities from “bench”/);
  await expect.poll(() => options.locator('li[data-pack=bench] [data-field=entities]').textContent()).toBe('100,000 entities');
}, 90_000);

it('highlights the pack’s names with its text, and forgets them when the pack is removed', async () => {
  const page = await openHighlighted(browser, `${server.url}/index.html`);
  await hoverText(page, 'backstory-person', 'Steve Witkoff');
  expect((await waitForCard(page)).description).toBe('U.S. special envoy (from the test pack)');
  await page.close();
  await options.locator('li[data-pack=bench]').getByRole('button', { name: 'Remove' }).click();
  await expect.poll(() => options.locator('li[data-pack=bench]').count(), { timeout: 30_000 }).toBe(0);
  const after = await openHighlighted(browser, `${server.url}/index.html`);
  await hoverText(after, 'backstory-person', 'Steve Witkoff');
  expect((await waitForCard(after)).description).not.toMatch(/test pack/);
  await after.close();
});

it('refuses a file that is not a pack, with a reason', async () => {
  const bad = join(mkdtempSync(join(tmpdir(), 'backstory-pack-')), 'bad.json');
  writeFileSync(bad, JSON.stringify({ format: 'something-else' }));
  await options.getByLabel('Import pack file').setInputFiles(bad);
  await expect.poll(() => options.getByRole('status', { name: 'Pack status' }).textContent()).toMatch(/^Not a valid knowledge pack: /);
});
