/**
 * A browser trace of one page load (the DevTools timeline category, which holds every task the
 * renderer's main thread runs) and what the bench reads from it: the page's renderer process,
 * and the tasks over the long-task line on that process's main thread.
 */
import type { CDPSession } from 'playwright-core';

/** A task at least this long is a long task (the browser's own definition). */
export const LONG_TASK_MS = 50;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: {
    name?: string;
    data?: {
      url?: string;
      processId?: number;
      isOutermostMainFrame?: boolean;
      frames?: { url?: string; processId?: number; isOutermostMainFrame?: boolean }[];
    };
  };
}

export interface TraceFindings {
  /** The renderer process that committed the page's URL (null if the trace did not show it). */
  rendererPid: number | null;
  /** Durations of the tasks over LONG_TASK_MS on that renderer's main thread (ms). */
  longTasksMs: number[];
  /** The longest task on that thread (ms). */
  longestTaskMs: number;
}

export interface Trace {
  stop(): Promise<TraceEvent[]>;
}

export async function startTrace(cdp: CDPSession): Promise<Trace> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    for (const event of e.value) events.push(event as unknown as TraceEvent);
  });
  const complete = new Promise<void>((resolve) =>
    cdp.once('Tracing.tracingComplete', () => resolve()),
  );
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: ['disabled-by-default-devtools.timeline', '__metadata'],
      excludedCategories: ['*'],
    },
  });
  return {
    async stop() {
      await cdp.send('Tracing.end');
      await complete;
      return events;
    },
  };
}

export function readTrace(events: readonly TraceEvent[], url: string): TraceFindings {
  let rendererPid: number | null = null;
  for (const e of events) {
    const data = e.args?.data;
    if (e.name === 'FrameCommittedInBrowser' && data?.url === url && data.processId)
      rendererPid = data.processId;
    if (e.name === 'TracingStartedInBrowser' && rendererPid === null)
      for (const f of data?.frames ?? [])
        if (f.isOutermostMainFrame && f.url === url && f.processId) rendererPid = f.processId;
  }
  const mainTid = events.find(
    (e) =>
      e.ph === 'M' &&
      e.name === 'thread_name' &&
      e.pid === rendererPid &&
      e.args?.name === 'CrRendererMain',
  )?.tid;
  const tasks = events
    .filter(
      (e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === rendererPid && e.tid === mainTid,
    )
    .map((e) => (e.dur ?? 0) / 1000);
  return {
    rendererPid,
    longTasksMs: tasks.filter((ms) => ms > LONG_TASK_MS),
    longestTaskMs: tasks.length ? Math.max(...tasks) : NaN,
  };
}
