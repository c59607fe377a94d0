/**
 * Painting the reader's watch lists: one `Highlight` per list under `backstory-watch-<id>`,
 * above the type highlights. Their `::highlight()` rules are in the one sheet adopted at
 * `document_start` (`highlightCss`): a sheet adopted later would restyle the whole page. The
 * page's DOM is never touched.
 */
import { watchHighlightName } from '../rules/looks';
import type { WatchList } from '../rules/settings';
import type { WatchEntry } from './watch-entries';

export interface WatchPaint {
  update(entries: readonly WatchEntry[], lists: readonly WatchList[]): void;
  clear(): void;
}

export function createWatchPaint(win: Window & typeof globalThis): WatchPaint {
  const painted = new Set<string>();
  const clear = () => {
    for (const name of painted) win.CSS.highlights.delete(name);
    painted.clear();
  };
  return {
    update(entries, lists) {
      if (typeof win.Highlight !== 'function') return;
      const byList = new Map<string, Range[]>();
      for (const e of entries) {
        const ranges = byList.get(e.listId) ?? [];
        ranges.push(e.range);
        byList.set(e.listId, ranges);
      }
      const on = new Set(lists.filter((l) => l.on).map((l) => l.id));
      for (const name of painted) win.CSS.highlights.delete(name);
      painted.clear();
      for (const [listId, ranges] of byList) {
        if (!on.has(listId)) continue;
        const highlight = new win.Highlight(...ranges);
        // Above the type highlights: the reader asked for these words in particular.
        highlight.priority = 1;
        const name = watchHighlightName({ id: listId });
        win.CSS.highlights.set(name, highlight);
        painted.add(name);
      }
    },
    clear,
  };
}
