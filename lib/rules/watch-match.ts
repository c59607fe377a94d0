/**
 * Watch lists as a matcher: each list that is on becomes one re2js program (its terms as one
 * alternation), run over a page's text blocks in the background. re2js runs in linear time
 * whatever the expression, so a reader's `/(a+)+$/` cannot freeze anything; a native `RegExp`
 * never sees a reader's term. Pure: no DOM, no extension APIs.
 *
 * A term is refused (`checkTerm`) when it is invalid, too long, or too broad. Too broad means:
 * it matches the empty string, or, run over `BROAD_SAMPLE` (ordinary prose naming nobody), it
 * matches more than `BROAD_LIMITS.matches` times or covers more than `BROAD_LIMITS.share` of
 * the sample's characters; a plain term also needs `BROAD_LIMITS.plainMinChars` characters.
 * A single letter, `.`, `\w+` or `[a-z]` fail that rule; a name or a phrase passes it.
 */
import { RE2JS } from 're2js';
import type { WatchMatch } from '../types/watch';
import { SETTINGS_LIMITS, type WatchList } from './settings';

/** Matches kept per page: per list, and for all lists together. Past either, matching stops. */
export const WATCH_MATCH_CAP = { perList: 1_000, total: 5_000 } as const;

export const BROAD_LIMITS = {
  /** More matches than this in the sample is too broad. */
  matches: 6,
  /** Covering more than this share of the sample's characters is too broad. */
  share: 0.05,
  /** A plain term shorter than this (after trimming) is too broad. */
  plainMinChars: 2,
} as const;

/** Ordinary prose with no names in it: what a sensible watch term should hardly ever match. */
export const BROAD_SAMPLE = [
  'The council met on a wet evening to discuss the budget for the coming year.',
  'After a long debate, members agreed to delay a vote on the new bus routes until spring,',
  'while residents asked why the library would close two days a week. One speaker said the',
  'plan was unfair to families without cars; another replied that costs had risen sharply.',
  'Quelques élèves ont écrit une lettre, et les réponses sont arrivées très tard, vers 9 h 30.',
  'In total, 42 people attended, and most of them stayed until the very end of the meeting.',
].join('\n');

export type { WatchMatch };

export type TermProblem =
  | { reason: 'invalid'; detail: string }
  | { reason: 'too-long'; max: number }
  | { reason: 'empty-match' }
  | { reason: 'too-broad' };

export interface ListProblem {
  /** Line of the term in the list (0-based, blank lines counted). */
  line: number;
  term: string;
  problem: TermProblem;
}

type Options = Pick<WatchList, 'wholeWord' | 'matchCase' | 'matchAccents'>;

/** A regular-expression term is written `/like this/`; its source is what lies between. */
export function regexSource(term: string): string | null {
  return term.length >= 2 && term.startsWith('/') && term.endsWith('/') ? term.slice(1, -1) : null;
}

/**
 * Fold accents: each character loses its combining marks ("ý" → "y"), characters that are
 * marks alone vanish. `origin[i]` is where the folded text's unit `i` came from, and
 * `origin[folded.length]` the end, so a match in the folded text maps back onto the original.
 */
export function foldAccents(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let at = 0;
  for (const ch of text) {
    let piece = ch;
    if (ch.charCodeAt(0) >= 0x80) {
      const bare = ch.normalize('NFD').replace(/\p{M}/gu, '');
      // Only a letter that loses its marks is replaced; one that decomposes into several
      // letters (Hangul) stays whole, so each folded unit still has one origin.
      if (bare.length <= ch.length) piece = bare;
    }
    for (let i = 0; i < piece.length; i++) origin.push(at);
    folded += piece;
    at += ch.length;
  }
  origin.push(at);
  return { folded, origin };
}

/** Letters, digits, marks and the underscore: what a whole word may not touch. */
const WORD = '\\pL\\pN\\pM_';
const escapeTerm = (term: string) => RE2JS.quote(term);

function termSource(term: string, options: Options): string {
  // Folded like the text it runs on, when accents are not matched (an expression's literal
  // letters too).
  const fold = (s: string) => (options.matchAccents ? s : foldAccents(s).folded);
  const re = regexSource(term);
  return re !== null ? fold(re) : escapeTerm(fold(term));
}

/**
 * The program for a set of term sources: group 1 is the term; with whole words, the
 * characters on each side (consumed, outside group 1) must not be word characters.
 */
function programFor(sources: readonly string[], options: Options): RE2JS {
  const body = sources.map((s) => `(?:${s})`).join('|');
  const source = options.wholeWord ? `(?:^|[^${WORD}])(${body})(?:$|[^${WORD}])` : `(${body})`;
  let flags = RE2JS.LONGEST_MATCH;
  if (!options.matchCase) flags |= RE2JS.CASE_INSENSITIVE;
  return RE2JS.compile(source, flags);
}

interface Span {
  start: number;
  end: number;
}

/** Every match of group 1, leftmost-longest, non-overlapping, at most `cap` (+1 to tell). */
function spansOf(program: RE2JS, text: string, cap: number): Span[] {
  const spans: Span[] = [];
  const matcher = program.matcher(text);
  let from = 0;
  while (from <= text.length && matcher.find(from)) {
    const start = matcher.start(1);
    const end = matcher.end(1);
    if (end > start) spans.push({ start, end });
    if (spans.length > cap) break;
    // Go on from the term's end (a whole word's trailing neighbour may begin the next match);
    // an empty match moves one on, so the loop always advances.
    from = end > start ? end : Math.max(matcher.end(), from + 1);
  }
  return spans;
}

/** Why a term cannot be used, or null when it can. */
export function checkTerm(term: string, options: Options): TermProblem | null {
  if (term.length > SETTINGS_LIMITS.termLength)
    return { reason: 'too-long', max: SETTINGS_LIMITS.termLength };
  const re = regexSource(term);
  if (re === null && term.trim().length < BROAD_LIMITS.plainMinChars)
    return { reason: 'too-broad' };
  let program: RE2JS;
  try {
    program = programFor([termSource(term, options)], { ...options, wholeWord: false });
  } catch (error) {
    return { reason: 'invalid', detail: error instanceof Error ? error.message : String(error) };
  }
  if (re !== null && RE2JS.compile(`^(?:${re})$`).matches('')) return { reason: 'empty-match' };
  // The sample as the list would read it (folded when accents are not matched).
  const sample = options.matchAccents ? BROAD_SAMPLE : foldAccents(BROAD_SAMPLE).folded;
  const spans = spansOf(
    options.wholeWord ? programFor([termSource(term, options)], options) : program,
    sample,
    BROAD_LIMITS.matches,
  );
  const covered = spans.reduce((sum, s) => sum + s.end - s.start, 0);
  if (spans.length > BROAD_LIMITS.matches || covered > sample.length * BROAD_LIMITS.share)
    return { reason: 'too-broad' };
  return null;
}

/** The list's terms as the reader wrote them, one a line: trimmed, blank lines left out. */
export function listTerms(lines: readonly string[]): { line: number; term: string }[] {
  return lines.map((raw, line) => ({ line, term: raw.trim() })).filter((t) => t.term.length > 0);
}

/** Every refused term of a list, with its line. */
export function checkList(list: Pick<WatchList, 'terms'> & Options): ListProblem[] {
  const problems: ListProblem[] = [];
  for (const { line, term } of listTerms(list.terms)) {
    const problem = checkTerm(term, list);
    if (problem) problems.push({ line, term, problem });
  }
  return problems;
}

interface CompiledList {
  id: string;
  options: Options;
  /** One program for the whole list, or one per term when they cannot share one. */
  programs: RE2JS[];
}

function compileList(list: WatchList): CompiledList | null {
  const sources = listTerms(list.terms)
    .filter(({ term }) => !checkTerm(term, list))
    .map(({ term }) => termSource(term, list));
  if (!sources.length) return null;
  let programs: RE2JS[];
  try {
    programs = [programFor(sources, list)];
  } catch {
    // Two expressions that are fine alone may clash together (the same group name).
    programs = sources.map((s) => programFor([s], list));
  }
  return { id: list.id, options: list, programs };
}

/** Leftmost first, the longer of two that start together; no overlaps. */
function mergeSpans(all: Span[]): Span[] {
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const s of all) if (!kept.length || s.start >= kept[kept.length - 1].end) kept.push(s);
  return kept;
}

export interface WatchBlock {
  start: number;
  text: string;
}

export interface WatchMatcher {
  /** How many lists are on and have a usable term. */
  readonly lists: number;
  /**
   * The matches in these blocks, in text order per list. `already` counts what the page holds
   * from earlier requests, by list id, so the page's caps hold across requests.
   */
  find(
    blocks: readonly WatchBlock[],
    already?: Readonly<Record<string, number>>,
  ): { matches: WatchMatch[]; capped: boolean };
}

/** Compile the lists that are on (refused terms are left out). */
export function compileWatchLists(lists: readonly WatchList[]): WatchMatcher {
  const compiled = lists.filter((l) => l.on).flatMap((l) => compileList(l) ?? []);
  return {
    lists: compiled.length,
    find(blocks, already = {}) {
      const matches: WatchMatch[] = [];
      let capped = false;
      let total = Object.values(already).reduce((sum, n) => sum + n, 0);
      for (const list of compiled) {
        let count = Object.hasOwn(already, list.id) ? already[list.id] : 0;
        for (const block of blocks) {
          const room = Math.min(WATCH_MATCH_CAP.perList - count, WATCH_MATCH_CAP.total - total);
          if (room <= 0) {
            capped = true;
            break;
          }
          const folded = list.options.matchAccents ? null : foldAccents(block.text);
          const text = folded ? folded.folded : block.text;
          const spans = mergeSpans(list.programs.flatMap((p) => spansOf(p, text, room)));
          if (spans.length > room) capped = true;
          for (const s of spans.slice(0, room)) {
            const start = folded ? folded.origin[s.start] : s.start;
            const end = folded ? folded.origin[s.end] : s.end;
            matches.push({
              start: block.start + start,
              end: block.start + end,
              listId: list.id,
              text: block.text.slice(start, end),
            });
          }
          const added = Math.min(spans.length, room);
          count += added;
          total += added;
        }
      }
      return { matches, capped };
    },
  };
}
