/**
 * What the content script does while the page is still being parsed (it runs at
 * document_start), kept here so the main path stays plain. Each item buys something a reader
 * can see; see docs/performance.md for how they were measured:
 * - the reader's settings are read now: the storage API's first call would otherwise sit
 *   between DOMContentLoaded and the first request;
 * - the background is woken now: a stopped extension worker takes a while to start, and the
 *   page's first request would wait for it;
 * - the highlight style sheet is adopted now, before the page's content has any style: adopted
 *   later, a sheet of `::highlight()` rules (universal selectors) makes the browser recompute
 *   the style of every element already on the page.
 * Recognition, the name model and any warm-up live in the background, not here.
 */
import { errorMessage } from '../errors';
import { installHighlightStyles, setHighlightCss } from '../paint/highlights';
import { highlightCss } from '../rules/looks';
import { DEFAULT_SETTINGS, type Settings } from '../rules/settings';
import { loadSettings } from '../rules/settings-store';
import type { PageHost } from './page-host';

export interface StartUp {
  /** Settles at DOMContentLoaded (or now, past it) with the reader's settings. */
  ready: Promise<Settings>;
}

export function beginStartUp(
  host: Pick<PageHost, 'ctx' | 'doc' | 'ask' | 'sync' | 'local'>,
  report: (message: string) => void,
): StartUp {
  const { ctx, doc } = host;
  void host.ask({ type: 'wake' });
  const settings = loadSettings(host.sync, host.local).catch((error: unknown) => {
    report(`settings unreadable, defaults used: ${errorMessage(error)}`);
    return DEFAULT_SETTINGS;
  });
  installHighlightStyles(doc);
  // The reader's looks, into the sheet just adopted, while the page has little content to restyle.
  void settings.then((s) => setHighlightCss(highlightCss(s)));
  const domReady = new Promise<void>((resolve) => {
    if (doc.readyState !== 'loading') resolve();
    else ctx.addEventListener(doc, 'DOMContentLoaded', () => resolve(), { once: true });
  });
  return { ready: domReady.then(() => settings) };
}
