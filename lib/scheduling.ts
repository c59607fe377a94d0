/**
 * Yielding to the page between slices of work, so no task of ours runs long enough to delay
 * input or rendering (the long-task threshold is 50 ms).
 */

type SchedulerLike = { yield?: () => Promise<void> };

/** Let the page run: `scheduler.yield()` where the browser has it, else a macrotask. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Measures our own tasks: total main-thread time, the longest task, how many. */
export class TaskClock {
  busyMs = 0;
  longestMs = 0;
  tasks = 0;
  private startedAt = 0;

  constructor(private readonly now: () => number = () => performance.now()) {}

  begin(): void {
    this.startedAt = this.now();
  }

  /** Time spent since `begin` (for the slice's deadline). */
  elapsed(): number {
    return this.now() - this.startedAt;
  }

  end(): void {
    this.record(this.now() - this.startedAt);
  }

  /** Count a task timed elsewhere. */
  record(spent: number): void {
    this.busyMs += spent;
    this.longestMs = Math.max(this.longestMs, spent);
    this.tasks++;
  }
}
