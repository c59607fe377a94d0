/**
 * The looks preview's watch-list samples: one word per list that is on, painted under the
 * list's own highlight name (`backstory-watch-<id>`), whose rule the generated sheet holds
 * (`highlightCss`), above the type highlights as a page paints them.
 */
import { t } from '../../lib/i18n/strings';
import { watchHighlightName } from '../../lib/rules/looks';
import type { WatchList } from '../../lib/rules/settings';
import { listTerms, regexSource } from '../../lib/rules/watch-match';

/** Longer terms are left for the list's section: a sample is one word or a short phrase. */
export const SAMPLE_TERM_MAX = 40;

/** The list's first plain term, short enough to sample; else the catalogue's sample word. */
export function watchSampleWord(list: Pick<WatchList, 'terms'>): string {
  const plain = listTerms(list.terms).find(
    ({ term }) => regexSource(term) === null && term.length <= SAMPLE_TERM_MAX,
  );
  return plain?.term ?? t('looksSampleWatchWord');
}

/** The names painted by the last call, so a list turned off or removed loses its paint. */
let painted: string[] = [];

/**
 * Paint each `[data-watch-word]` element under `roots` with the highlight of the list its
 * `data-watch-sample` parent names, if that list is on.
 */
export function paintWatchSamples(
  roots: readonly (Element | null)[],
  lists: readonly WatchList[],
  win: Window & typeof globalThis = window,
): void {
  for (const name of painted) win.CSS.highlights.delete(name);
  painted = [];
  const byList = new Map<string, Range[]>();
  for (const root of roots)
    for (const word of root?.querySelectorAll('[data-watch-sample] [data-watch-word]') ?? []) {
      const id = word.closest('[data-watch-sample]')?.getAttribute('data-watch-sample');
      if (!id || !word.firstChild) continue;
      const range = win.document.createRange();
      range.selectNodeContents(word);
      byList.set(id, [...(byList.get(id) ?? []), range]);
    }
  for (const list of lists) {
    const ranges = byList.get(list.id);
    if (!list.on || !ranges) continue;
    const highlight = new win.Highlight(...ranges);
    // Above the type highlights, as on a page: the reader asked for these words in particular.
    highlight.priority = 1;
    const name = watchHighlightName(list);
    win.CSS.highlights.set(name, highlight);
    painted.push(name);
  }
}
