/**
 * Backup and mutes on the settings page: export then import gives the settings exported; a
 * hostile file is refused with a message and changes nothing; mutes are listed and removable;
 * a card's mute can be undone.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  launchWithExtension,
  openHighlighted,
  setSettings,
  type Launched,
} from '../../scripts/harness/browser';
import {
  clickCardButton,
  hoverText,
  waitForCard,
  waitForStableHighlights,
} from '../../scripts/harness/page-readers';
import { ROOT } from '../../scripts/harness/paths';
import { serveDir } from '../../scripts/harness/static-server';

/** Waits on storage writes are generous: a loaded machine is slow, not wrong. */
const PATIENT = { timeout: 30_000 };

let browser: Launched;
let server: Awaited<ReturnType<typeof serveDir>>;
beforeAll(async () => {
  server = await serveDir(join(ROOT, 'demo'));
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The settings as stored locally (where every change lands at once), without the save time. */
const stored = () =>
  browser.context.serviceWorkers()[0].evaluate(async () => {
    const chrome = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome;
    const s = (await chrome.storage.local.get('settings')).settings as
      Record<string, unknown> | undefined;
    if (!s) return null;
    const { savedAt: _, ...rest } = s;
    return rest;
  });

const openSettings = async () => {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  return page;
};

it('exports the settings, and importing the file gives them back', async () => {
  await setSettings(browser, {
    mutedEntities: ['name:details awaited'],
    mutedOnSites: { 'news.example': ['figure:3 million'] },
  });
  const page = await openSettings();
  await page.getByLabel('Open a card').selectOption('click');
  await page.getByLabel('Delay before a card opens (ms)').fill('900');
  await page.getByLabel('Delay before a card opens (ms)').press('Tab');
  await expect.poll(async () => (await stored())?.openDelayMs, PATIENT).toBe(900);
  // The mutes are listed by their words; one is removed from the list.
  await page.getByLabel('Search muted names').fill('million');
  await page.getByRole('button', { name: 'Remove 3 million (figure) (on news.example)' }).click();
  await expect.poll(async () => (await stored())?.mutedOnSites, PATIENT).toEqual({});

  const exported = await stored();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export settings to a file' }).click(),
  ]);
  const file = JSON.parse(await readFile(await download.path(), 'utf8')) as {
    format: string;
    schemaVersion: number;
    settings: unknown;
  };
  expect(file.format).toBe('backstory-settings');
  expect(file.settings).toEqual(exported);

  // Changed again, then the file imported, replacing: the settings are those exported.
  await page.getByLabel('Open a card').selectOption('hover-modifier');
  await page.getByLabel('Highlight names and figures on news pages').uncheck();
  await expect.poll(async () => (await stored())?.trigger, PATIENT).toBe('hover-modifier');
  // The preview compares the file with what is stored: both changes saved first.
  await expect.poll(async () => (await stored())?.enabled, PATIENT).toBe(false);
  await page.getByLabel('Import settings from a file').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  const preview = page.getByRole('region', { name: 'If replaced' });
  await expect.poll(() => preview.textContent(), PATIENT).toMatch(/Highlights turned on/);
  await page.getByRole('button', { name: 'Replace', exact: true }).click();
  await expect.poll(stored, PATIENT).toEqual(exported);
  await expect
    .poll(() => page.getByRole('status', { name: 'Backup status' }).textContent(), PATIENT)
    .toBe('Settings replaced by the file.');
  // The form shows what was imported.
  expect(await page.getByLabel('Open a card').inputValue()).toBe('click');
  await page.close();
});

it('refuses a hostile file with a message, changing nothing', async () => {
  const page = await openSettings();
  await page.getByLabel('Open a card').selectOption('hover');
  await expect.poll(async () => (await stored())?.trigger, PATIENT).toBe('hover');
  const before = await stored();
  const hostile = [
    '{"format":"backstory-settings","schemaVersion":2,"exportedAt":"","linkChoices":[],' +
      '"settings":{"__proto__":{"enabled":false}}}',
    JSON.stringify({
      format: 'backstory-settings',
      schemaVersion: 2,
      exportedAt: '',
      settings: { ...before, trigger: 'click', sneaky: true },
      linkChoices: [],
    }),
  ];
  const messages = [/“__proto__” is not allowed/, /“settings.sneaky” is not a setting/];
  for (const [i, text] of hostile.entries()) {
    await page.getByLabel('Import settings from a file').setInputFiles({
      name: `hostile-${i}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await expect.poll(() => page.getByRole('alert').textContent(), PATIENT).toMatch(messages[i]);
    expect(await page.getByRole('button', { name: 'Replace', exact: true }).count()).toBe(0);
    expect(await stored()).toEqual(before);
  }
  await page.close();
});

it('undoes a mute from the card', async () => {
  await setSettings(browser, {});
  const page = await openHighlighted(browser, `${server.url}/index.html`);
  await waitForStableHighlights(page);
  const putin = () =>
    page.evaluate(() =>
      ([...(CSS.highlights.get('backstory-person') ?? [])] as Range[]).some((r) =>
        /Putin/.test(r.toString()),
      ),
    );
  await hoverText(page, 'backstory-person', 'Vladimir Putin');
  await waitForCard(page);
  await clickCardButton(page, 'Not this');
  await expect.poll(putin, PATIENT).toBe(false);
  await expect
    .poll(async () => Object.values((await stored())?.mutedOnSites ?? {}).flat(), PATIENT)
    .toHaveLength(1);
  await clickCardButton(page, 'Undo');
  await expect.poll(putin, PATIENT).toBe(true);
  await expect.poll(async () => (await stored())?.mutedOnSites, PATIENT).toEqual({});
  await page.close();
});

it('mutes a figure from its card', async () => {
  await setSettings(browser, {});
  const page = await openHighlighted(browser, `${server.url}/index.html`);
  await waitForStableHighlights(page);
  const drones = () =>
    page.evaluate(() =>
      ([...(CSS.highlights.get('backstory-figure') ?? [])] as Range[]).some(
        (r) => r.toString() === '138 drones',
      ),
    );
  expect(await drones()).toBe(true);
  await hoverText(page, 'backstory-figure', '138 drones');
  await waitForCard(page);
  await clickCardButton(page, 'Never highlight this');
  await expect.poll(drones, PATIENT).toBe(false);
  expect((await stored())?.mutedEntities).toEqual(['figure:138 drones']);
  await page.close();
});
