/**
 * How a watch term is written, apart from matching it (lib/rules/watch-match.ts, which brings
 * re2js): cards read terms too, and they never match anything.
 */

/** A regular-expression term is written `/like this/`; its source is what lies between. */
export function regexSource(term: string): string | null {
  return term.length >= 2 && term.startsWith('/') && term.endsWith('/') ? term.slice(1, -1) : null;
}
