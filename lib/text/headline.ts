/**
 * The story's headline element. The article root is widened to take it in, since it bounds
 * the story's header (story-header.ts); the story filter then leaves the headline itself out.
 */

import { BETWEEN_WORDS } from './word-chars';

const wordsOf = (s: string) => new Set(s.toLowerCase().split(BETWEEN_WORDS).filter(Boolean));

/**
 * A heading is the title when most of its words are the title's and it covers at least half of
 * the title: titles carry a site suffix ("… - POLITICO") and get reworded, and a section name
 * ("The Two-Way") is in the title too but covers little of it.
 */
function isTitle(heading: Set<string>, title: Set<string>): boolean {
  let shared = 0;
  for (const w of heading) if (title.has(w)) shared++;
  return heading.size >= 3 && shared >= heading.size * 0.7 && shared >= title.size * 0.5;
}

/** Headings looked at: teaser-heavy pages have hundreds of <h2>s, the headline is near the top. */
const MAX_HEADINGS = 100;

/**
 * The heading whose text is the page's title (og:title, twitter:title, JSON-LD headline or
 * <title>), outside skipped regions; null when none matches.
 */
export function findHeadline(
  doc: Document,
  headlines: readonly string[],
  skipped: (el: Element) => boolean,
): Element | null {
  const meta = (name: string) =>
    doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content');
  const titles = [meta('og:title'), meta('twitter:title'), ...headlines, doc.title]
    .filter((t): t is string => !!t)
    .map(wordsOf);
  if (!titles.length) return null;
  // Some sites keep <h1> for the logo and set the headline in an <h2>.
  for (const tag of ['h1', 'h2']) {
    const headings = doc.getElementsByTagName(tag);
    for (let i = 0; i < headings.length && i < MAX_HEADINGS; i++) {
      const words = wordsOf(headings[i].textContent ?? '');
      if (titles.some((t) => isTitle(words, t)) && !skipped(headings[i])) return headings[i];
    }
  }
  return null;
}
