/**
 * The real-page gate in Firefox (see scripts/harness/real-pages.ts): highlights only in the
 * article's text, no error from the add-on, no change to the page's DOM but our host. One test
 * per page (pages in KNOWN_FAILURES fail what it lists, and only that); the table of every page
 * is printed at the end. Skips without ../shared.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, type LaunchedFirefox } from '../../scripts/harness/firefox';
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

let firefox: LaunchedFirefox;
let server: Awaited<ReturnType<typeof serveDir>>;
const rows: GateRow[] = [];

async function visit(url: string, expectSome: boolean): Promise<PageFacts> {
  const page = await firefox.browser.newPage();
  await page.evaluateOnNewDocument(watchMutations);
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
  firefox = await launchFirefoxWithExtension();
});

afterAll(async () => {
  if (rows.length) console.log(gateTable('Firefox', rows));
  await firefox?.close();
  await server?.close();
});

describe.skipIf(!PAGES.length)('real pages in Firefox', () => {
  it.each(PAGES)('%s', async (name) => {
    // The same page from file://, where the content script does not run: what it changes itself.
    const baseline = await visit(fileUrlOf(name), false);
    const seenBefore = firefox.extensionErrors.length;
    const facts = await visit(`${server.url}/${name}/source.html`, isEnglish(name));
    const row = judge(name, facts, baseline, firefox.extensionErrors.slice(seenBefore));
    rows.push(row);
    expect(failedChecks(row)).toEqual(KNOWN_FAILURES[name]?.checks ?? []);
  });
});
