/**
 * Pages that could break us: no article, a page whose own script removes what we highlighted,
 * and a 2 MB article. Each must keep working with no error from us in its console.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  openWatchingErrors,
  type Launched,
} from '../../scripts/harness/browser';
import { readHighlights, waitForHighlight } from '../../scripts/harness/page-readers';
import { ROOT } from '../../scripts/harness/paths';
import { serveDir } from '../../scripts/harness/static-server';

let browser: Launched;
let server: Awaited<ReturnType<typeof serveDir>>;

beforeAll(async () => {
  server = await serveDir(join(ROOT, 'tests/e2e/pages'));
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = (path: string) => openWatchingErrors(browser, `${server.url}/${path}`);

async function clickCounter(page: Page): Promise<string | null> {
  await page.click('#counter');
  return page.textContent('#counter');
}

describe('bad input', () => {
  it('a page with no article gets no highlights and keeps working', async () => {
    const { page, errors } = await open('no-article.html');
    await page.waitForTimeout(1500); // Nothing to wait for: give the content script time to (not) act.
    expect(await readHighlights(page)).toEqual({});
    expect(await page.inputValue('input[name=email]')).toBe('Vladimir Putin');
    await page.click('#go');
    expect(await page.title()).toBe('clicked');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a page that removes highlighted nodes keeps working', async () => {
    const { page, errors } = await open('removes-nodes.html');
    await waitForHighlight(page, 'backstory-person', 'Vladimir Putin');
    await page.waitForFunction(() => !document.getElementById('first'));
    const texts = Object.values(await readHighlights(page)).flat();
    expect(texts).toContain('Emmanuel Macron');
    expect(await clickCounter(page)).toBe('1');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a 2 MB article is highlighted and the page stays responsive', async () => {
    const { page, errors } = await open('huge.html');
    await waitForHighlight(page, 'backstory-person', 'Vladimir Putin', 60_000);
    // Clicked while the rest of the article is still being read: the page's own handler runs.
    expect(await clickCounter(page)).toBe('1');
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
