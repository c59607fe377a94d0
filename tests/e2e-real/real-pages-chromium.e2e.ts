/**
 * The real-page gate in Chromium (see scripts/harness/real-pages.ts): highlights only in the
 * article's text, no error from the extension, no change to the page's DOM but our host. One
 * test per page (pages in KNOWN_FAILURES fail what it lists, and only that); the table of every
 * page is printed at the end. Skips without ../shared.
 */
import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type Launched } from '../../scripts/harness/browser';
import {
  REAL_DIR,
  collectFacts,
  fileUrlOf,
  gateTable,
  judge,
  KNOWN_FAILURES,
  failedChecks,
  isEnglish,
  realPageNames,
  settleHighlights,
  watchMutations,
  type GateRow,
  type PageFacts,
} from '../../scripts/harness/real-pages';
import { serveDir } from '../../scripts/harness/static-server';

const PAGES = realPageNames();
if (!PAGES.length) console.log(`skipping the real-page gate: ${REAL_DIR} is absent`);

let chromium: Launched;
let server: Awaited<ReturnType<typeof serveDir>>;
const workerErrors: string[] = [];
const rows: GateRow[] = [];

const fromExtension = (url: string | undefined) => !!url?.startsWith('chrome-extension://');

/** The extension's uncaught errors and logged errors in this tab, from every world of it. */
async function watchExtensionErrors(cdp: CDPSession, errors: string[]) {
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
    const urls = [d.url, ...(d.stackTrace?.callFrames ?? []).map((f) => f.url)];
    if (urls.some(fromExtension)) errors.push(d.exception?.description ?? d.text);
  });
  cdp.on('Runtime.consoleAPICalled', (e) => {
    const text = e.args.map((a) => String(a.value ?? a.description ?? '')).join(' ');
    const ours = (e.stackTrace?.callFrames ?? []).some((f) => fromExtension(f.url));
    if ((ours && (e.type === 'error' || e.type === 'warning')) || text.includes('[backstory]'))
      errors.push(text);
  });
  await cdp.send('Runtime.enable');
}

async function visit(url: string, expectSome: boolean, errors: string[]): Promise<PageFacts> {
  const page = await chromium.context.newPage();
  const cdp = await chromium.context.newCDPSession(page);
  await watchExtensionErrors(cdp, errors);
  await page.goto(url, { waitUntil: 'load' });
  const count = () =>
    page.evaluate(() =>
      [...CSS.highlights].reduce((n, [k, h]) => n + (k.startsWith('backstory-') ? h.size : 0), 0),
    );
  await settleHighlights(count, { expectSome });
  const facts = await page.evaluate(collectFacts);
  await page.close();
  return facts;
}

beforeAll(async () => {
  if (!PAGES.length) return;
  server = await serveDir(REAL_DIR);
  chromium = await launchWithExtension();
  await chromium.context.addInitScript(watchMutations);
  chromium.context.serviceWorkers()[0]?.on('console', (m) => {
    if (m.type() === 'error' || m.text().includes('[backstory]')) workerErrors.push(m.text());
  });
});

afterAll(async () => {
  if (rows.length) console.log(gateTable('Chromium', rows));
  await chromium?.close();
  await server?.close();
});

describe.skipIf(!PAGES.length)('real pages in Chromium', () => {
  it.each(PAGES)('%s', async (name) => {
    const errors: string[] = [];
    const seenBefore = workerErrors.length;
    // The same page from file://, where the content script does not run: what it changes itself.
    const baseline = await visit(fileUrlOf(name), false, []);
    const facts = await visit(`${server.url}/${name}/source.html`, isEnglish(name), errors);
    const row = judge(name, facts, baseline, [...errors, ...workerErrors.slice(seenBefore)]);
    rows.push(row);
    expect(failedChecks(row)).toEqual(KNOWN_FAILURES[name]?.checks ?? []);
  });
});
