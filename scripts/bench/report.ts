/**
 * The bench's readable output: the budgets table and the per-page table, padded so they read
 * as text in a terminal and render as Markdown in docs/performance.md, whose dated results
 * section (between two markers) each run rewrites.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { LongArticleRow, PageRow, Summary } from './summary';
import { TARGETS } from './summary';

export const RESULTS_START =
  '<!-- bench:page results: written by `npm run bench:page`, do not edit by hand -->';
export const RESULTS_END = '<!-- bench:page results end -->';

export interface Run {
  date: string;
  /** How long the whole run took (s). */
  durationS: number;
  /** The machine's 1-minute load average at the start and the end: other programs' share of the cores. */
  loadAverage: [number, number];
  cores: number;
  chromium: string;
  loads: number;
  longArticleLoads: number;
  summary: Summary;
  /** Figures beside the budgets: medians over pages, like the summary's. */
  alsoMeasured: { addedMainThreadCpuMs: number; addedScriptMs: number; markJsAddedMs: number };
  pages: PageRow[];
  longArticle: LongArticleRow;
  workerRestart: { allNamesMs: (number | null)[]; workerStopped: boolean[] };
  contentScript: { bytes: number; gzipBytes: number };
  /** The card's views, loaded on the first hover only (not part of the content script's budget). */
  cardModule?: { bytes: number; gzipBytes: number };
  /** The same pages in the same run with the reader's watch lists set (absent in older runs). */
  withWatchLists?: {
    lists: number;
    termsPerList: number;
    summary: Summary;
    pages: PageRow[];
    longArticle: LongArticleRow;
    workerRestart: { allNamesMs: (number | null)[]; workerStopped: boolean[] };
  };
}

function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [
    line(cells[0]),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...cells.slice(1).map(line),
  ].join('\n');
}

const BUDGETS: Record<keyof typeof TARGETS, [label: string, target: string]> = {
  addedMainThreadMs: ['main-thread task time added per page view (ms)', '≤ 30'],
  addedVsMarkjs: ['mark.js added time ÷ ours, same names', '≥ 5'],
  longTasksOnlyWithExtension: [
    'long tasks (> 50 ms) only with the extension, 2 MB article included',
    '0',
  ],
  addedHeapKb: ['JS heap added after GC (KB)', '≤ 512'],
  addedRendererKb: ['private renderer memory added (KB)', '≤ 3072'],
  modelBuffersInPage: ['model buffers in the page (array buffers added ≥ 4 MB)', 'no'],
  medianAllNamesMs: ['every name painted, from DOMContentLoaded, warm worker (ms)', '≤ 100'],
  allNamesAfterWorkerRestartMs: [
    'every name painted right after the worker was stopped (ms)',
    '≤ 400',
  ],
  contentScriptGzipKb: ['content script, gzipped (KB)', '≤ 30'],
};

export function budgetsTable(summary: Summary): string {
  const keys = Object.keys(BUDGETS) as (keyof typeof TARGETS)[];
  return table(
    ['budget', 'measured', 'target', 'met'],
    keys.map((k) => {
      const v = summary[k];
      return [
        `${BUDGETS[k][0]} (\`${k}\`)`,
        typeof v === 'boolean' ? (v ? 'yes' : 'no') : v,
        BUDGETS[k][1],
        summary.met[k] ? 'met' : '**missed**',
      ];
    }),
  );
}

export function pagesTable(rows: readonly PageRow[]): string {
  return table(
    [
      'page',
      'mentions',
      'added task ms',
      'added script / compile / style / layout ms',
      'added CPU ms',
      'mark.js added ms',
      'long tasks with / without',
      'added heap KB',
      'added renderer KB',
      'all names ms',
    ],
    rows.map((r) => [
      r.page,
      r.mentions,
      r.added.mainThreadMs,
      `${r.added.scriptMs} / ${r.added.compileMs} / ${r.added.styleMs} / ${r.added.layoutMs}`,
      r.added.mainThreadCpuMs,
      r.markJsAddedMs,
      `${r.with.longTasks} / ${r.without.longTasks}`,
      r.added.heapKb,
      r.added.rendererKb,
      // A page given no names (not English, say) has no time for them.
      Number.isFinite(r.with.allNamesMs) ? r.with.allNamesMs : 'none',
    ]),
  );
}

export function longArticleLine(long: LongArticleRow): string {
  return (
    `2 MB article: ${long.mentions} mentions, ${long.registeredRanges} ranges registered at rest; longest task ${long.with.longestTaskMs} ms with the extension, ` +
    `${long.without.longestTaskMs} ms without; long tasks ${long.with.longTasks} with, ${long.without.longTasks} without (${long.longTasksOnlyWithExtension} only with the extension).`
  );
}

export function resultsSection(run: Run): string {
  const restarts = run.workerRestart.allNamesMs
    .map((ms) => (ms === null ? 'none painted' : `${Math.round(ms)} ms`))
    .join(', ');
  const stopped = run.workerRestart.workerStopped.filter(Boolean).length;
  return [
    `## Latest run: ${run.date.slice(0, 10)}`,
    '',
    `${run.date}, Chromium ${run.chromium}, ${run.pages.length} pages × ${run.loads} fresh loads with and ${run.loads} without the extension, ` +
      `the 2 MB article × ${run.longArticleLoads}; the run took ${Math.round(run.durationS)} s on ${run.cores} cores, load average ${run.loadAverage.join(' → ')}. ` +
      'Medians over pages of per-page medians over loads.',
    '',
    budgetsTable(run.summary),
    '',
    `Beside the budgets: main-thread CPU time added ${run.alsoMeasured.addedMainThreadCpuMs} ms (from /proc; task time also counts waits for a core), ` +
      `script time added ${run.alsoMeasured.addedScriptMs} ms, mark.js's added time ${run.alsoMeasured.markJsAddedMs} ms.`,
    '',
    pagesTable(run.pages),
    '',
    longArticleLine(run.longArticle),
    '',
    `After the worker was stopped (${stopped} of ${run.workerRestart.workerStopped.length} stops confirmed), every name on the demo article: ${restarts}.`,
    '',
    `Content script: ${run.contentScript.bytes} bytes, ${run.contentScript.gzipBytes} gzipped` +
      (run.cardModule
        ? `; the card module it loads on the first hover: ${run.cardModule.bytes} bytes, ${run.cardModule.gzipBytes} gzipped.`
        : '.'),
    ...(run.withWatchLists ? watchListsSection(run.withWatchLists) : []),
  ].join('\n');
}

/** The second pass of the same run, with the reader's watch lists set. */
function watchListsSection(w: NonNullable<Run['withWatchLists']>): string[] {
  return [
    '',
    `### With ${w.lists} watch lists of ${w.termsPerList} terms each`,
    '',
    "The same pages and loads, later in the same run, with the lists set through the extension's storage.",
    '',
    budgetsTable(w.summary),
    '',
    pagesTable(w.pages),
    '',
    longArticleLine(w.longArticle),
  ];
}

/** Replace the generated section of the document (or append it, with its markers). */
export function writeResultsSection(docPath: string, run: Run): void {
  const doc = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '# Performance\n';
  const section = `${RESULTS_START}\n${resultsSection(run)}\n${RESULTS_END}`;
  const start = doc.indexOf(RESULTS_START);
  const end = doc.indexOf(RESULTS_END);
  const next =
    start >= 0 && end > start
      ? doc.slice(0, start) + section + doc.slice(end + RESULTS_END.length)
      : `${doc.trimEnd()}\n\n${section}\n`;
  writeFileSync(docPath, next);
}
