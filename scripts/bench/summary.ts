/**
 * From loads to figures: per page, the medians over its loads with and without the extension
 * and their difference ("added"); over pages, the medians of those, checked against the
 * issue's budgets.
 */
import type { LoadFigures } from './page-load';
import { median, round } from './stats';

/** An array buffer this large in the page would be a model's weights: none belongs there. */
export const MODEL_BUFFER_KB = 4 * 1024;

export interface PageRow {
  page: string;
  mentions: number;
  names: number;
  with: Side & { allNamesMs: number };
  without: Side;
  added: {
    mainThreadMs: number;
    scriptMs: number;
    compileMs: number;
    styleMs: number;
    layoutMs: number;
    mainThreadCpuMs: number;
    longTasks: number;
    heapKb: number;
    arrayBufferKb: number;
    rendererKb: number;
  };
  markJsAddedMs: number;
}

/** One run of a page (with or without the extension): medians over its loads. */
type Side = ReturnType<typeof side>;

const side = (loads: readonly LoadFigures[]) => ({
  taskMs: round(median(loads.map((l) => l.taskMs))),
  scriptMs: round(median(loads.map((l) => l.scriptMs))),
  compileMs: round(median(loads.map((l) => l.compileMs))),
  styleMs: round(median(loads.map((l) => l.styleMs))),
  layoutMs: round(median(loads.map((l) => l.layoutMs))),
  cpuMs: round(median(loads.map((l) => l.cpuMs))),
  longTasks: median(loads.map((l) => l.longTasksMs.length)),
  longestTaskMs: round(median(loads.map((l) => l.longestTaskMs))),
  heapKb: Math.round(median(loads.map((l) => l.heapKb))),
  arrayBufferKb: Math.round(median(loads.map((l) => l.arrayBufferKb))),
  rendererKb: Math.round(median(loads.map((l) => l.rendererKb))),
});

export function pageRow(
  page: string,
  mentions: number,
  withExt: readonly LoadFigures[],
  without: readonly LoadFigures[],
  markJsMs: readonly number[],
): PageRow {
  const w = side(withExt);
  const o = side(without);
  return {
    page,
    mentions,
    names: median(withExt.map((l) => l.clock?.names.length ?? NaN)),
    with: { ...w, allNamesMs: round(median(withExt.map((l) => l.clock?.allNamesMs ?? NaN))) },
    without: o,
    added: {
      mainThreadMs: round(w.taskMs - o.taskMs),
      scriptMs: round(w.scriptMs - o.scriptMs),
      compileMs: round(w.compileMs - o.compileMs),
      styleMs: round(w.styleMs - o.styleMs),
      layoutMs: round(w.layoutMs - o.layoutMs),
      mainThreadCpuMs: round(w.cpuMs - o.cpuMs),
      longTasks: Math.max(0, w.longTasks - o.longTasks),
      heapKb: w.heapKb - o.heapKb,
      arrayBufferKb: w.arrayBufferKb - o.arrayBufferKb,
      rendererKb: w.rendererKb - o.rendererKb,
    },
    markJsAddedMs: round(median(markJsMs)),
  };
}

export interface LongArticleRow {
  mentions: number;
  registeredRanges: number;
  with: { longestTaskMs: number; longTasks: number };
  without: { longestTaskMs: number; longTasks: number };
  longTasksOnlyWithExtension: number;
}

export function longArticleRow(
  mentions: number,
  registeredRanges: number,
  withExt: readonly LoadFigures[],
  without: readonly LoadFigures[],
): LongArticleRow {
  const w = side(withExt);
  const o = side(without);
  return {
    mentions,
    registeredRanges,
    with: { longestTaskMs: w.longestTaskMs, longTasks: w.longTasks },
    without: { longestTaskMs: o.longestTaskMs, longTasks: o.longTasks },
    longTasksOnlyWithExtension: Math.max(0, w.longTasks - o.longTasks),
  };
}

export const TARGETS = {
  addedMainThreadMs: 30,
  addedVsMarkjs: 5,
  longTasksOnlyWithExtension: 0,
  addedHeapKb: 512,
  addedRendererKb: 3072,
  modelBuffersInPage: false,
  medianAllNamesMs: 100,
  allNamesAfterWorkerRestartMs: 400,
  contentScriptGzipKb: 30,
} as const;

export type Figures = {
  -readonly [K in keyof typeof TARGETS]: (typeof TARGETS)[K] extends boolean ? boolean : number;
};

export interface Summary extends Figures {
  targets: typeof TARGETS;
  met: Record<keyof typeof TARGETS, boolean>;
}

export function summarise(
  rows: readonly PageRow[],
  long: LongArticleRow,
  afterRestartMs: readonly number[],
  contentScriptGzipKb: number,
): Summary {
  const addedMainThreadMs = round(median(rows.map((r) => r.added.mainThreadMs)));
  const figures: Figures = {
    addedMainThreadMs,
    addedVsMarkjs: round(median(rows.map((r) => r.markJsAddedMs)) / addedMainThreadMs, 2),
    longTasksOnlyWithExtension:
      rows.reduce((n, r) => n + r.added.longTasks, 0) + long.longTasksOnlyWithExtension,
    addedHeapKb: Math.round(median(rows.map((r) => r.added.heapKb))),
    addedRendererKb: Math.round(median(rows.map((r) => r.added.rendererKb))),
    modelBuffersInPage: rows.some((r) => r.added.arrayBufferKb >= MODEL_BUFFER_KB),
    medianAllNamesMs: round(median(rows.map((r) => r.with.allNamesMs))),
    allNamesAfterWorkerRestartMs: round(median(afterRestartMs)),
    contentScriptGzipKb: round(contentScriptGzipKb),
  };
  const met = {
    addedMainThreadMs: figures.addedMainThreadMs <= TARGETS.addedMainThreadMs,
    // A negative or zero added time (noise on a page where we add almost nothing) beats any ratio.
    addedVsMarkjs: addedMainThreadMs <= 0 || figures.addedVsMarkjs >= TARGETS.addedVsMarkjs,
    longTasksOnlyWithExtension:
      figures.longTasksOnlyWithExtension === TARGETS.longTasksOnlyWithExtension,
    addedHeapKb: figures.addedHeapKb <= TARGETS.addedHeapKb,
    addedRendererKb: figures.addedRendererKb <= TARGETS.addedRendererKb,
    modelBuffersInPage: figures.modelBuffersInPage === TARGETS.modelBuffersInPage,
    medianAllNamesMs: figures.medianAllNamesMs <= TARGETS.medianAllNamesMs,
    allNamesAfterWorkerRestartMs:
      figures.allNamesAfterWorkerRestartMs <= TARGETS.allNamesAfterWorkerRestartMs,
    contentScriptGzipKb: figures.contentScriptGzipKb <= TARGETS.contentScriptGzipKb,
  };
  return { ...figures, targets: TARGETS, met };
}
