/**
 * Private memory of one renderer process, from Linux's /proc: `Private_Clean + Private_Dirty`
 * of smaps_rollup (pages no other process shares: the page's heap, its DOM, its compiled code),
 * which is what a tab costs the machine beyond the browser's shared libraries.
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
