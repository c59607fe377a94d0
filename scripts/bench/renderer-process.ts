/**
 * One renderer process as Linux's /proc sees it: its private memory, `Private_Clean +
 * Private_Dirty` of smaps_rollup (pages no other process shares: the page's heap, its DOM, its
 * compiled code), and the CPU time of its main thread (the thread-group leader's schedstat),
 * which, unlike task durations, does not grow when other programs compete for the cores.
 */
import { readFileSync } from 'node:fs';

/** Kilobytes, or NaN where /proc is unavailable (not Linux, or the process is gone). */
export function privateMemoryKb(pid: number | null): number {
  if (pid === null) return NaN;
  try {
    const text = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    let kb = 0;
    for (const m of text.matchAll(/^Private_(?:Clean|Dirty):\s+(\d+) kB$/gm)) kb += Number(m[1]);
    return kb;
  } catch {
    return NaN;
  }
}

/** Milliseconds of CPU the process's main thread has used so far, or NaN. */
export function mainThreadCpuMs(pid: number | null): number {
  if (pid === null) return NaN;
  try {
    return Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
}
