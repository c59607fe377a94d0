/**
 * Page requests go first. A page is waiting for its highlights while a feed sync or a pack
 * import can wait: background work calls `yieldToPages()` between its slices, which lets queued
 * messages in and then waits while any page request is being answered.
 */
export interface PageFirst {
  /** Answer a page's request; background work waits until it is done. */
  run<T>(answer: () => Promise<T>): Promise<T>;
  /** Called by background work between slices. */
  yieldToPages(): Promise<void>;
  /** Page requests being answered now. */
  readonly active: number;
}

export function createPageFirst(
  setTimer: (fn: () => void, ms: number) => unknown = setTimeout,
): PageFirst {
  let active = 0;
  let waiting: (() => void)[] = [];
  const macrotask = () => new Promise<void>((resolve) => setTimer(resolve, 0));
  return {
    async run(answer) {
      active++;
      try {
        return await answer();
      } finally {
        if (--active === 0) {
          const wake = waiting;
          waiting = [];
          for (const resume of wake) resume();
        }
      }
    },
    async yieldToPages() {
      // A macrotask first: a message that arrived meanwhile is dispatched and counted as active.
      await macrotask();
      while (active > 0) await new Promise<void>((resume) => waiting.push(resume));
    },
    get active() {
      return active;
    },
  };
}
