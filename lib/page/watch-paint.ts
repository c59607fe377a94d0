/**
 * Painting the reader's watch lists: one `Highlight` per list under `backstory-watch-<id>`,
 * above the type highlights, with `::highlight()` rules made from each list's colour and style
 * in a constructed sheet of their own. The page's DOM is never touched.
 */
import type { ColourPreset, LookStyle, WatchList } from '../rules/settings';
import type { WatchEntry } from './watch-entries';

export const WATCH_HIGHLIGHT_PREFIX = 'backstory-watch-';
export const watchHighlightName = (listId: string) => `${WATCH_HIGHLIGHT_PREFIX}${listId}`;

/**
 * A default tint and line per preset, until the looks' own values are wired here: translucent
 * enough to keep the page's text readable on light and dark pages.
 */
const PRESET_RGB: Record<ColourPreset, string> = {
  amber: '245, 158, 11',
  sky: '14, 165, 233',
  violet: '139, 92, 246',
  green: '34, 197, 94',
  rose: '244, 63, 94',
  teal: '20, 184, 166',
  orange: '249, 115, 22',
  slate: '100, 116, 139',
};

function ruleFor(list: Pick<WatchList, 'id' | 'colour' | 'style'>): string {
  const rgb = PRESET_RGB[list.colour];
  const line = (kind: string) => `text-decoration: underline ${kind} rgba(${rgb}, 0.95);`;
  const looks: Record<LookStyle, string> = {
    tint: `background-color: rgba(${rgb}, 0.3); ${line('solid')}`,
    underline: `${line('solid')} text-decoration-thickness: 2px;`,
    dotted: `${line('dotted')} text-decoration-thickness: 2px;`,
    outline: `background-color: rgba(${rgb}, 0.12); ${line('double')}`,
  };
  return `::highlight(${watchHighlightName(list.id)}) { ${looks[list.style]} }`;
}

/** The rules for these lists (the ones that are on). */
export function watchCss(lists: readonly WatchList[]): string {
  return lists
    .filter((l) => l.on)
    .map(ruleFor)
    .join('\n');
}

export interface WatchPaint {
  update(entries: readonly WatchEntry[], lists: readonly WatchList[]): void;
  clear(): void;
}

export function createWatchPaint(doc: Document, win: Window & typeof globalThis): WatchPaint {
  const painted = new Set<string>();
  let sheet: CSSStyleSheet | null = null;
  let css = '';
  const style = (lists: readonly WatchList[]) => {
    const next = watchCss(lists);
    if (!next && !sheet) return;
    if (!sheet) sheet = new win.CSSStyleSheet();
    if (next !== css) sheet.replaceSync((css = next));
    if (!doc.adoptedStyleSheets.includes(sheet))
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  };
  const clear = () => {
    for (const name of painted) win.CSS.highlights.delete(name);
    painted.clear();
  };
  return {
    update(entries, lists) {
      if (typeof win.Highlight !== 'function') return;
      style(lists);
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
        const name = watchHighlightName(listId);
        win.CSS.highlights.set(name, highlight);
        painted.add(name);
      }
    },
    clear,
  };
}
