#!/usr/bin/env tsx
/**
 * `npm run bench:page [-- --json] [-- --loads N]`: what the extension adds to a page view,
 * measured from outside it. The demo article and the saved real pages (page scripts off) are
 * each loaded N times in a browser with the extension and N times in the same browser without
 * it, alternately; the browser's own figures (CDP performance metrics, a trace, the heap after
 * GC, the renderer's private memory) give the difference. mark.js highlighting the same names
 * on the page without the extension is the peer. The 2 MB article and a load right after the
 * extension's worker was stopped are measured too. Writes bench-results/page.json and the
 * results section of docs/performance.md; `--json` prints only the JSON object on stdout.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import { EXTENSION_DIR, ROOT } from './harness/paths';
import { launchWithExtension, launchWithoutExtension, type Launched } from './harness/browser';
import {
  settingsWithWatchLists,
  storeLocalSettings,
  TERMS_PER_LIST,
  WATCH_LISTS,
} from './bench/watch-lists';
import { DEFAULT_SETTINGS } from '../lib/rules/settings';
import {
  benchPages,
  LONG_ARTICLE_PATH,
  REAL_PAGES_DIR,
  serveBenchPages,
} from './bench/bench-server';
import {
  mentionCount,
  readDone,
  registeredRanges,
  stopExtensionWorker,
  untilCountsHoldStill,
} from './bench/extension-probe';
import { markJsPeer } from './bench/markjs-peer';
import type { NamesClockOptions } from './bench/names-clock';
import { measureLoad, type LoadFigures } from './bench/page-load';
import {
  longArticleLine,
  pagesTable,
  budgetsTable,
  writeResultsSection,
  type Run,
} from './bench/report';
import { median, round } from './bench/stats';
import { longArticleRow, pageRow, summarise, type PageRow } from './bench/summary';

const args = process.argv.slice(2);
const JSON_ONLY = args.includes('--json');
const loadsArg = args.indexOf('--loads');
const LOADS = loadsArg >= 0 ? Number(args[loadsArg + 1]) : 5;
const onlyArg = args.indexOf('--only');
/** `--only NAME,NAME`: those pages alone, for a quick look; nothing is written. */
const ONLY = onlyArg >= 0 ? new Set(args[onlyArg + 1]?.split(',')) : null;
if (!Number.isInteger(LOADS) || LOADS < 1 || LOADS > 50) {
  console.error('bench:page: --loads takes a whole number from 1 to 50');
  process.exit(2);
}
/** The 2 MB article's loads are the longest of the run: at most three keep it short. */
const LONG_LOADS = Math.min(LOADS, 3);
const CLOCK: NamesClockOptions = { quietMs: 1_000, maxMs: 15_000, everyMs: 10 };
const LOAD_TIMEOUT_MS = 60_000;
const LONG_ARTICLE_MAX_MS = 120_000;
const WARM_UP_LOADS = 3;
/**
 * tsx compiles with esbuild's keepNames, which wraps functions handed to the page (init scripts,
 * evaluate) in a `__name` helper the page lacks: both browsers give their pages a no-op one.
 */
const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((f) => f);';

const STARTED = Date.now();
const LOAD_AT_START = loadavg()[0];
/** Progress goes to stderr, so stdout holds only the table (or the JSON object). */
const progress = (...parts: unknown[]) =>
  console.error(`[${Math.round((Date.now() - STARTED) / 1000)} s]`, ...parts);

async function browserVersion(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const { product } = await cdp.send('Browser.getVersion');
  await page.close();
  return product.replace(/^[^/]*\//, '');
}

async function benchPage(
  ext: Launched,
  plain: BrowserContext,
  name: string,
  url: string,
): Promise<PageRow> {
  const withExt: LoadFigures[] = [];
  const without: LoadFigures[] = [];
  const markJs: number[] = [];
  let mentions = NaN;
  for (let i = 0; i < LOADS; i++) {
    const w = await measureLoad(ext.context, url, {
      clock: CLOCK,
      done: (page) => readDone(ext, page),
      timeoutMs: LOAD_TIMEOUT_MS,
      after: (page) => mentionCount(ext, page),
    });
    withExt.push(w);
    if (i === 0) mentions = w.after ?? NaN;
    // The same time on the page without the extension (the clock runs to that bound), then
    // mark.js with the names we painted.
    const same = {
      ...CLOCK,
      maxMs: Number.isFinite(w.clock?.ranMs) ? (w.clock?.ranMs as number) : CLOCK.maxMs,
    };
    const o = await measureLoad(plain, url, {
      clock: same,
      timeoutMs: LOAD_TIMEOUT_MS,
      after: markJsPeer(w.clock?.names ?? []),
    });
    without.push(o);
    markJs.push(o.after ?? NaN);
  }
  const row = pageRow(name, mentions, withExt, without, markJs);
  progress(
    `${name}: added ${row.added.mainThreadMs} ms task (${row.added.scriptMs} script, ${row.added.mainThreadCpuMs} CPU), mark.js ${row.markJsAddedMs} ms, ` +
      `heap +${row.added.heapKb} KB, renderer +${row.added.rendererKb} KB, long tasks ${row.with.longTasks}/${row.without.longTasks}, all names ${row.with.allNamesMs} ms`,
  );
  return row;
}

async function benchLongArticle(ext: Launched, plain: BrowserContext, url: string) {
  const withExt: LoadFigures[] = [];
  const without: LoadFigures[] = [];
  let mentions = NaN;
  let registered = NaN;
  for (let i = 0; i < LONG_LOADS; i++) {
    let waited = 0;
    const w = await measureLoad(ext.context, url, {
      timeoutMs: LONG_ARTICLE_MAX_MS,
      settle: async (page) =>
        void (waited = await untilCountsHoldStill(ext, page, 1_000, LONG_ARTICLE_MAX_MS)),
      after: async (page) => ({
        mentions: await mentionCount(ext, page),
        registered: await registeredRanges(page),
      }),
    });
    withExt.push(w);
    mentions = w.after?.mentions ?? NaN;
    registered = w.after?.registered ?? NaN;
    without.push(
      await measureLoad(plain, url, {
        timeoutMs: LONG_ARTICLE_MAX_MS,
        settle: (page) => page.waitForTimeout(waited),
      }),
    );
  }
  return longArticleRow(mentions, registered, withExt, without);
}

async function benchWorkerRestart(ext: Launched, url: string) {
  const allNamesMs: (number | null)[] = [];
  const workerStopped: boolean[] = [];
  for (let i = 0; i < LOADS; i++) {
    workerStopped.push(await stopExtensionWorker(ext));
    const load = await measureLoad(ext.context, url, {
      clock: CLOCK,
      done: (page) => readDone(ext, page),
      timeoutMs: LOAD_TIMEOUT_MS,
    });
    allNamesMs.push(load.clock?.allNamesMs ?? null);
  }
  return { allNamesMs, workerStopped };
}

function fileSize(path: string) {
  const file = readFileSync(join(EXTENSION_DIR, path));
  return { bytes: file.length, gzipBytes: gzipSync(file, { level: 9 }).length };
}
const contentScriptSize = () => fileSize('content-scripts/content.js');
/** The card's views, a module of their own loaded on the first hover (absent in older builds). */
const cardModuleSize = () =>
  existsSync(join(EXTENSION_DIR, 'card.js')) ? fileSize('card.js') : undefined;

async function main() {
  const all = benchPages();
  if (all.length === 1) progress(`(${REAL_PAGES_DIR} absent: benchmarking the demo article only)`);
  const pages = all.filter((p) => !ONLY || ONLY.has(p.name));
  const contentScript = contentScriptSize();
  const server = await serveBenchPages();
  const ext = await launchWithExtension();
  const plain = await launchWithoutExtension();
  try {
    await ext.context.addInitScript(NAME_SHIM);
    await plain.context.addInitScript(NAME_SHIM);
    const demoUrl = `${server.url}/demo/index.html`;
    // Unmeasured first loads: a fresh profile's install work (the starter pack, the sample feed)
    // is done, the worker is up and the browsers' caches are warm before any figure is taken.
    for (let i = 0; i < WARM_UP_LOADS; i++)
      await measureLoad(ext.context, demoUrl, {
        clock: CLOCK,
        done: (page) => readDone(ext, page),
        timeoutMs: LOAD_TIMEOUT_MS,
      });
    await measureLoad(plain.context, demoUrl, {
      clock: { ...CLOCK, maxMs: 2_000 },
      timeoutMs: LOAD_TIMEOUT_MS,
    });
    const rows: PageRow[] = [];
    for (const p of pages)
      rows.push(await benchPage(ext, plain.context, p.name, `${server.url}${p.path}`));
    const longArticle = await benchLongArticle(
      ext,
      plain.context,
      `${server.url}${LONG_ARTICLE_PATH}`,
    );
    progress(longArticleLine(longArticle));
    const workerRestart = await benchWorkerRestart(ext, demoUrl);
    progress(
      'every name after the worker was stopped (ms):',
      workerRestart.allNamesMs.map((ms) => (ms === null ? 'none' : Math.round(ms))).join(', '),
    );
    const summary = summarise(
      rows,
      longArticle,
      workerRestart.allNamesMs.map((ms) => ms ?? NaN),
      contentScript.gzipBytes / 1024,
    );
    // The same pages again in the same run, with three watch lists of 200 terms each set
    // through the extension's storage: the budgets with large lists, beside those without.
    await storeLocalSettings(ext, settingsWithWatchLists());
    progress(`with ${WATCH_LISTS} watch lists of ${TERMS_PER_LIST} terms:`);
    const watchRows: PageRow[] = [];
    for (const p of pages)
      watchRows.push(await benchPage(ext, plain.context, p.name, `${server.url}${p.path}`));
    const watchLong = await benchLongArticle(
      ext,
      plain.context,
      `${server.url}${LONG_ARTICLE_PATH}`,
    );
    progress(`with watch lists: ${longArticleLine(watchLong)}`);
    const watchRestart = await benchWorkerRestart(ext, demoUrl);
    await storeLocalSettings(ext, DEFAULT_SETTINGS);
    const withWatchLists = {
      lists: WATCH_LISTS,
      termsPerList: TERMS_PER_LIST,
      summary: summarise(
        watchRows,
        watchLong,
        watchRestart.allNamesMs.map((ms) => ms ?? NaN),
        contentScript.gzipBytes / 1024,
      ),
      pages: watchRows,
      longArticle: watchLong,
      workerRestart: watchRestart,
    };
    const run: Run = {
      date: new Date().toISOString(),
      durationS: (Date.now() - STARTED) / 1000,
      loadAverage: [round(LOAD_AT_START), round(loadavg()[0])],
      cores: availableParallelism(),
      chromium: await browserVersion(plain.context),
      loads: LOADS,
      longArticleLoads: LONG_LOADS,
      summary,
      alsoMeasured: {
        addedMainThreadCpuMs: round(median(rows.map((r) => r.added.mainThreadCpuMs))),
        addedScriptMs: round(median(rows.map((r) => r.added.scriptMs))),
        markJsAddedMs: round(median(rows.map((r) => r.markJsAddedMs))),
      },
      pages: rows,
      longArticle,
      workerRestart,
      contentScript,
      cardModule: cardModuleSize(),
      withWatchLists,
    };
    if (!ONLY) {
      mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
      writeFileSync(join(ROOT, 'bench-results/page.json'), JSON.stringify(run, null, 2) + '\n');
      writeResultsSection(join(ROOT, 'docs/performance.md'), run);
    }
    if (JSON_ONLY) console.log(JSON.stringify(run));
    else
      console.log(
        `${budgetsTable(summary)}\n\n${pagesTable(rows)}\n\n${longArticleLine(longArticle)}\n\n` +
          `With ${WATCH_LISTS} watch lists of ${TERMS_PER_LIST} terms each:\n\n${budgetsTable(withWatchLists.summary)}\n\n${pagesTable(watchRows)}\n\n${longArticleLine(watchLong)}\n\n${ONLY ? '(--only: nothing written)' : 'written to bench-results/page.json and docs/performance.md'}`,
      );
  } finally {
    await ext.close();
    await plain.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(
    `bench:page failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exit(1);
});
