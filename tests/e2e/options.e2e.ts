/** The settings page: choices are validated and stored where the content script reads them. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, type Launched } from '../../scripts/harness/browser';

/** Waits on storage writes are generous: a loaded machine is slow, not wrong. */
const PATIENT = { timeout: 30_000 };

let browser: Launched;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => browser?.close());

const stored = () =>
  browser.context.serviceWorkers()[0].evaluate(async () => {
    const chrome = (
      globalThis as unknown as {
        chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome;
    return (await chrome.storage.sync.get('settings')).settings as
      Record<string, unknown> | undefined;
  });

it('stores the trigger and the delay, and refuses a delay out of range', async () => {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.getByLabel('Open a card').selectOption('click');
  await expect.poll(async () => (await stored())?.trigger, PATIENT).toBe('click');
  await page.getByLabel('Delay before a card opens (ms)').fill('900');
  await page.getByLabel('Delay before a card opens (ms)').press('Tab');
  await expect.poll(async () => (await stored())?.openDelayMs, PATIENT).toBe(900);
  await page.getByLabel('Delay before a card opens (ms)').fill('99999');
  await page.getByLabel('Delay before a card opens (ms)').press('Tab');
  await expect
    .poll(() => page.getByRole('status', { name: 'Settings status' }).textContent(), PATIENT)
    .toMatch(/between 0 and 3,000/);
  expect((await stored())?.openDelayMs).toBe(900);
  await page.getByRole('button', { name: 'Restore defaults' }).click();
  await expect.poll(async () => (await stored())?.trigger, PATIENT).toBe('hover');
  await page.close();
});
