/**
 * The `::highlight()` rules a page starts with: the default looks (`lib/rules/looks.ts`), in the
 * sheet adopted at `document_start`. The reader's own looks replace its rules in place once
 * their settings are read (`setHighlightCss`). Readers can override any of them with their
 * own `::highlight(backstory-*)` rules.
 */
import { highlightCss } from '../rules/looks';
import { DEFAULT_SETTINGS } from '../rules/settings';

export const HIGHLIGHT_CSS = highlightCss(DEFAULT_SETTINGS);
