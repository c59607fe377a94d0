/**
 * Only the story, in real Chromium with the built extension: a story set in <div>s and
 * <br>-separated text (no <p>, no <article>) is read, and what the site's CSS hides (display,
 * visibility, screen-reader-only clipping, a zero-height box, a gallery's other slides), its
 * byline, related links, credits, a caption set after its picture, a table of figures and a
 * correction note are not painted.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, type Launched } from '../../scripts/harness/browser';
import {
  readHighlights,
  waitForHighlight,
  waitForStableHighlights,
} from '../../scripts/harness/page-readers';
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

it('paints the story in <div>s and <br> runs, and nothing hidden or around it', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/story-only.html`);
  await waitForHighlight(page, 'backstory-person', 'Vladimir Putin');
  await waitForStableHighlights(page);
  const h = await readHighlights(page);
  const all = Object.values(h).flat();
  for (const place of ['Ukraine', 'Moscow', 'Miami', 'Kyiv', 'Odesa'])
    expect(h['backstory-place'] ?? [], place).toContain(place);
  expect(h['backstory-figure'] ?? []).toContain('138 drones');
  for (const name of [
    'Paris',
    'Berlin',
    'London',
    'Xi Jinping',
    'Jinping',
    'Donald Trump',
    'Trump',
    'Emmanuel Macron',
    'Macron',
  ])
    expect(all, name).not.toContain(name);
  await page.close();
});
