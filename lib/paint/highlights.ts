/**
 * Painting with the CSS Custom Highlight API: one `Highlight` per mention type, registered under
 * the public names `backstory-*`. The page's DOM is never touched: no wrappers, no attributes,
 * no <style>; our `::highlight()` rules live in a constructed sheet added to adoptedStyleSheets.
 */
import { FOCUS_HIGHLIGHT_NAME, KIND_HIGHLIGHT } from '../rules/looks';
import type { MentionType } from '../types/mention';
import { adoptSheet } from './adopt-sheet';
import { HIGHLIGHT_CSS } from './highlight-styles';

const HIGHLIGHT_NAMES: Record<MentionType, string> = KIND_HIGHLIGHT;
export const FOCUS_HIGHLIGHT = FOCUS_HIGHLIGHT_NAME;

export interface PaintEntry {
  type: MentionType;
  range: Range;
}

/** The Highlight API is in Chromium 105+, Safari 17.2+, Firefox 140+; older engines get no paint. */
export function canPaint(win: Window & typeof globalThis = window): boolean {
  return (
    typeof win.CSS !== 'undefined' && 'highlights' in win.CSS && typeof win.Highlight === 'function'
  );
}

let installedSheet: CSSStyleSheet | null = null;
/** The rules the sheet holds (or will hold once it is made). */
let sheetCss = HIGHLIGHT_CSS;

/** Our sheet, parsed once per document. */
function highlightSheet(doc: Document): CSSStyleSheet | null {
  const view = doc.defaultView;
  if (!view) return null;
  if (!installedSheet) {
    installedSheet = new view.CSSStyleSheet();
    installedSheet.replaceSync(sheetCss);
  }
  return installedSheet;
}

/**
 * The reader's looks changed (or were read): replace the rules of the sheet already adopted,
 * in place. Adopting another sheet now would restyle the whole page (docs/performance.md);
 * rules that did not change are not parsed again, so the default looks cost nothing.
 */
export function setHighlightCss(css: string): void {
  if (css === sheetCss) return;
  sheetCss = css;
  installedSheet?.replaceSync(css);
}

/**
 * Add our rules once, keeping every sheet the page adopted itself. Called at document_start
 * (see lib/page/start-up.ts) and again before each paint, in case the page replaced its
 * adopted sheets since.
 */
export function installHighlightStyles(doc: Document): void {
  const sheet = highlightSheet(doc);
  if (sheet) adoptSheet(doc, sheet);
}

/** Register (or replace) every backstory highlight with these ranges. */
export function paint(
  entries: readonly PaintEntry[],
  win: Window & typeof globalThis = window,
): void {
  const byType = new Map<MentionType, Range[]>();
  for (const e of entries) {
    const list = byType.get(e.type) ?? [];
    list.push(e.range);
    byType.set(e.type, list);
  }
  for (const [type, name] of Object.entries(HIGHLIGHT_NAMES) as [MentionType, string][]) {
    const ranges = byType.get(type);
    if (ranges?.length) win.CSS.highlights.set(name, new win.Highlight(...ranges));
    else win.CSS.highlights.delete(name);
  }
}

/** Remove every backstory highlight (toggle off, or the content script is going away). */
export function clearPaint(win: Window & typeof globalThis = window): void {
  for (const name of [...Object.values(HIGHLIGHT_NAMES), FOCUS_HIGHLIGHT])
    win.CSS.highlights.delete(name);
}
