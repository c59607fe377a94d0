#!/usr/bin/env tsx
/**
 * `npm run demo` (after `npm run build`): serves the demo article and the sample feed on
 * 127.0.0.1, opens Chromium with the built extension, hovers "Putin", saves a screenshot of the
 * open card and prints a one-line summary. `--headed` shows the browser.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, type Launched } from './harness/browser';
import {
  hoverText,
  readHighlights,
  waitForCard,
  waitForHighlight,
  waitForStableHighlights,
} from './harness/page-readers';
import { ROOT } from './harness/paths';
import { serveDir } from './harness/static-server';

const OUT_DIR = join(ROOT, 'demo-output');
const SCREENSHOT = join(OUT_DIR, 'card.png');

function fail(reason: string): never {
  console.error(`Backstory demo failed: ${reason}`);
  process.exit(1);
}

async function main() {
  const feed = readFileSync(join(ROOT, 'public/feeds/sample.xml'));
  const server = await serveDir(join(ROOT, 'demo'), [
    (req, res) => {
      if (req.url !== '/feed.xml') return false;
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      res.end(feed);
      return true;
    },
  ]);
  let browser: Launched | undefined;
  try {
    browser = await launchWithExtension({ headless: !process.argv.includes('--headed') }).catch(
      (e: Error) => fail(e.message),
    );
    const page = await browser.context.newPage();
    const url = `${server.url}/index.html`;
    console.log(`Serving the demo article at ${url} and the sample feed at ${server.url}/feed.xml`);
    await page.goto(url);
    await waitForHighlight(page, 'backstory-person', 'Vladimir Putin').catch(() =>
      fail('no highlights appeared within 20 s'),
    );
    await waitForStableHighlights(page);
    await hoverText(page, 'backstory-person', 'Putin');
    const card = await waitForCard(page).catch((e: Error) =>
      fail(`the card did not open on "Putin" (${e.message.split('\n')[0]})`),
    );
    await page.waitForTimeout(300); // Let the card's short fade-in finish before the screenshot.
    mkdirSync(OUT_DIR, { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    const h = await readHighlights(page);
    const n = (name: string) => new Set(h[`backstory-${name}`] ?? []).size;
    const names = n('person') + n('place') + n('org');
    console.log(
      `Backstory demo: ${names} distinct people/places/orgs (${n('person')} people, ${n('place')} places, ${n('org')} organisations) and ${n('figure')} figures highlighted; ` +
        `card for "${card.name}" with ${card.related.length} related articles; screenshot ${SCREENSHOT}`,
    );
  } finally {
    await browser?.close();
    await server.close();
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
