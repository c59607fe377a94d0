/**
 * One fresh load of a page, measured from outside the extension with the browser's own
 * figures: main-thread task and script time (CDP Performance metrics, counted from before the
 * navigation), long tasks on the page's renderer main thread (a trace), the JS heap after a
 * forced garbage collection, array-buffer storage (where a model's weights would sit), and the
 * renderer's private memory and main-thread CPU time.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import {
  namesAtRest,
  namesBound,
  namesClock,
  readNamesClock,
  stopNamesClock,
  type NamesClockOptions,
  type NamesClockReading,
} from './names-clock';
import { mainThreadCpuMs, privateMemoryKb } from './renderer-process';
import { readTrace, startTrace } from './trace';

export interface LoadFigures {
  taskMs: number;
  scriptMs: number;
  /** Parts of the task time, as the browser splits it. */
  compileMs: number;
  styleMs: number;
  layoutMs: number;
  /** CPU time of the renderer's main thread (from /proc), read with the task figures. */
  cpuMs: number;
  longTasksMs: number[];
  longestTaskMs: number;
  heapKb: number;
  arrayBufferKb: number;
  rendererKb: number;
  clock: NamesClockReading | null;
}

export interface LoadPlan<T> {
  /** Install the names clock with these options: the load ends at its bound, unless `done`. */
  clock?: NamesClockOptions;
  /**
   * Asked each time the registry is at rest: true (the extension's read is done) ends the load
   * there. A page given no names ends as soon as it is at rest too, not at the clock's bound.
   */
  done?: (page: Page) => Promise<boolean>;
  /** Otherwise: the load ends when this resolves (e.g. the extension's counts held still). */
  settle?: (page: Page) => Promise<void>;
  /** Run on the page once the load's own figures are taken (a peer, or a question to the extension). */
  after?: (page: Page, cdp: CDPSession) => Promise<T>;
  timeoutMs: number;
}

type Metrics = Record<string, number>;

export async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Pause between two questions while the registry is at rest but the read is not done (ms). */
const ASK_AGAIN_MS = 100;

/**
 * Waits until the registry is at rest and the extension says it is done (or the clock's bound);
 * the metrics are those taken at that rest, before the question, so asking costs the load nothing.
 */
async function untilDone(
  page: Page,
  cdp: CDPSession,
  done: (page: Page) => Promise<boolean>,
): Promise<Metrics> {
  for (;;) {
    const atRest = await namesAtRest(page);
    const busy = await metrics(cdp);
    if (!atRest || (await done(page))) return busy;
    await page.waitForTimeout(ASK_AGAIN_MS);
  }
}

export async function measureLoad<T = undefined>(
  context: BrowserContext,
  url: string,
  plan: LoadPlan<T>,
): Promise<LoadFigures & { after?: T }> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    if (plan.clock) await page.addInitScript(namesClock, plan.clock);
    const trace = await startTrace(cdp);
    await page.goto(url, { waitUntil: 'load', timeout: plan.timeoutMs });
    let busy: Metrics | null = null;
    if (plan.clock) {
      if (plan.done) busy = await untilDone(page, cdp, plan.done);
      else await namesBound(page);
      await stopNamesClock(page);
    }
    if (plan.settle) await plan.settle(page);
    busy ??= await metrics(cdp);
    const clock = plan.clock ? await readNamesClock(page) : null;
    const found = readTrace(await trace.stop(), url);
    // Read after the trace, which names the process, so a few ms later than the task figures.
    const cpuMs = mainThreadCpuMs(found.rendererPid);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await metrics(cdp);
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { backingStorageSize?: number };
    const rendererKb = privateMemoryKb(found.rendererPid);
    const after = await plan.after?.(page, cdp);
    return {
      taskMs: busy.TaskDuration * 1000,
      scriptMs: busy.ScriptDuration * 1000,
      compileMs: busy.V8CompileDuration * 1000,
      styleMs: busy.RecalcStyleDuration * 1000,
      layoutMs: busy.LayoutDuration * 1000,
      cpuMs,
      longTasksMs: found.longTasksMs,
      longestTaskMs: found.longestTaskMs,
      heapKb: heap.JSHeapUsedSize / 1024,
      arrayBufferKb: (usage.backingStorageSize ?? NaN) / 1024,
      rendererKb,
      clock,
      after,
    };
  } finally {
    await page.close();
  }
}
