/**
 * Watch lists as a matcher, run over a page's text blocks in the background: each list that is
 * on becomes a trie of its plain terms and one re2js program of its expressions. re2js runs in
 * linear time whatever the expression, so a reader's `/(a+)+$/` cannot freeze anything; a
 * native `RegExp` never sees a reader's term. Pure: no DOM, no extension APIs.
 *
 * A term is refused (`checkTerm`) when it is invalid, too long, or too broad. Too broad means:
 * it matches the empty string, or, run over `BROAD_SAMPLE` (ordinary prose naming nobody), it
 * matches more than `BROAD_LIMITS.matches` times or covers more than `BROAD_LIMITS.share` of
 * the sample's characters; a plain term also needs `BROAD_LIMITS.plainMinChars` characters.
 * A single letter, `.`, `\w+` or `[a-z]` fail that rule; a name or a phrase passes it.
 */
import { RE2JS } from 're2js';
import { WATCH_MATCH_CAP } from '../constants';
import type { WatchMatch } from '../types/watch';
import { SETTINGS_LIMITS, type WatchList } from './settings';
import { foldAccents, foldText, isWhole, wordAt, wordBefore } from './watch-fold';
import { hasInvisibleMarks } from '../recognize/invisible-marks';
import { regexSource } from './watch-terms';

export { foldAccents, foldText, regexSource };

export { WATCH_MATCH_CAP };

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

interface Span {
  start: number;
  end: number;
  /** The term that matched, as the reader wrote it (a card names it). */
  term: string;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  /** The term that ends here (the first one written, when several fold alike). */
  term: string | null;
}

/** A plain term as the reader wrote it, and as the list reads it. */
interface PlainTerm {
  term: string;
  folded: string;
}

/**
 * The plain terms of a list as a trie over UTF-16 units: one pass over the text, at each start
 * the longest term that fits (a whole word, when asked). Faster than one alternation of
 * hundreds of terms in re2js, and linear in the text times the longest term.
 */
function plainMatcher(terms: readonly PlainTerm[], wholeWord: boolean) {
  const root: TrieNode = { next: new Map(), term: null };
  for (const { term, folded } of terms) {
    let node = root;
    for (let i = 0; i < folded.length; i++) {
      const code = folded.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = { next: new Map(), term: null }));
      node = child;
    }
    node.term ??= term;
  }
  return (text: string, cap: number): Span[] => {
    const spans: Span[] = [];
    let i = 0;
    while (i < text.length && spans.length <= cap) {
      let end = -1;
      let term = '';
      if (!wholeWord || !wordBefore(text, i)) {
        let node: TrieNode | undefined = root;
        for (let j = i; j < text.length; j++) {
          node = node.next.get(text.charCodeAt(j));
          if (!node) break;
          if (node.term !== null && (!wholeWord || !wordAt(text, j + 1))) {
            end = j + 1;
            term = node.term;
          }
        }
      }
      if (end > i) {
        spans.push({ start: i, end, term });
        i = end;
      } else i++;
    }
    return spans;
  };
}

/** An expression term: its source as the list reads it, and the term as the reader wrote it. */
interface RegexTerm {
  term: string;
  source: string;
}

/**
 * The expressions of a list as one re2js program (each alone when they cannot share one),
 * leftmost-longest. Each expression is wrapped in a group of its own, so a match tells which
 * one it was. Whole words are checked on each match; one that is not a whole word is passed
 * over, and the search goes on after it.
 */
function regexMatcher(terms: readonly RegexTerm[], options: Options) {
  let flags = RE2JS.LONGEST_MATCH;
  if (!options.matchCase) flags |= RE2JS.CASE_INSENSITIVE;
  const compile = (list: readonly RegexTerm[]) => {
    const program = RE2JS.compile(list.map((t) => `(${t.source})`).join('|'), flags);
    // Each wrapping group comes after the groups of the expressions before it.
    let group = 1;
    const groups = list.map((t) => {
      const at = group;
      group += RE2JS.compile(t.source, flags).groupCount() + 1;
      return { group: at, term: t.term };
    });
    return { program, groups };
  };
  let programs: ReturnType<typeof compile>[];
  try {
    programs = [compile(terms)];
  } catch {
    // Two expressions that are fine alone may clash together (the same group name).
    programs = terms.map((t) => compile([t]));
  }
  return (text: string, cap: number): Span[] => {
    const spans: Span[] = [];
    for (const { program, groups } of programs) {
      const matcher = program.matcher(text);
      let found = 0;
      while (found <= cap && matcher.find()) {
        const start = matcher.start();
        const end = matcher.end();
        if (end <= start || (options.wholeWord && !isWhole(text, start, end))) continue;
        const which = groups.find((g) => matcher.start(g.group) >= 0) ?? groups[0];
        spans.push({ start, end, term: which.term });
        found++;
      }
    }
    return spans;
  };
}

/** Leftmost first, the longer of two that start together; no overlaps. */
function mergeSpans(all: Span[]): Span[] {
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const s of all) if (!kept.length || s.start >= kept[kept.length - 1].end) kept.push(s);
  return kept;
}

interface CompiledList {
  id: string;
  options: Options;
  /** Matches in text folded as the list reads it, at most `cap` (+1, to tell it was hit). */
  find: (folded: string, cap: number) => Span[];
}

/** A list's terms as one matcher; the terms are taken as they are (check them first). */
function compileTerms(id: string, terms: readonly string[], options: Options): CompiledList | null {
  const fold = { accents: !options.matchAccents, case: !options.matchCase };
  const plain: PlainTerm[] = [];
  const regex: RegexTerm[] = [];
  for (const term of terms) {
    const re = regexSource(term);
    // Folded like the text it runs on (an expression's literal letters too; its case is
    // re2js's to fold).
    if (re === null) plain.push({ term, folded: foldText(term, fold).folded });
    else regex.push({ term, source: options.matchAccents ? re : foldAccents(re).folded });
  }
  if (!plain.length && !regex.length) return null;
  const finders = [
    ...(plain.length ? [plainMatcher(plain, options.wholeWord)] : []),
    ...(regex.length ? [regexMatcher(regex, options)] : []),
  ];
  return {
    id,
    options,
    find: (text, cap) =>
      finders.length === 1
        ? finders[0](text, cap)
        : mergeSpans(finders.flatMap((f) => f(text, cap))),
  };
}

/** Non-overlapping occurrences of `needle`, leftmost first; whole words only when asked. */
function occurrences(text: string, needle: string, wholeWord: boolean): Omit<Span, 'term'>[] {
  const spans: Omit<Span, 'term'>[] = [];
  if (!needle) return spans;
  for (let at = text.indexOf(needle); at >= 0;) {
    const end = at + needle.length;
    if (!wholeWord || isWhole(text, at, end)) {
      spans.push({ start: at, end });
      at = text.indexOf(needle, end);
    } else at = text.indexOf(needle, at + 1);
  }
  return spans;
}

const foldFor = (options: Options) => ({
  accents: !options.matchAccents,
  case: !options.matchCase,
});

/** The text as a list reads it. */
const readAs = (text: string, options: Options) => foldText(text, foldFor(options));

/** The sample as each way of folding reads it, folded once rather than once a term checked. */
const foldedSamples = new Map<string, string>();
function sampleAs(options: Options): string {
  const key = `${options.matchAccents}:${options.matchCase}`;
  let folded = foldedSamples.get(key);
  if (folded === undefined) foldedSamples.set(key, (folded = readAs(BROAD_SAMPLE, options).folded));
  return folded;
}

/** Why a term cannot be used, or null when it can. */
export function checkTerm(term: string, options: Options): TermProblem | null {
  if (term.length > SETTINGS_LIMITS.termLength)
    return { reason: 'too-long', max: SETTINGS_LIMITS.termLength };
  const re = regexSource(term);
  if (re === null && term.trim().length < BROAD_LIMITS.plainMinChars)
    return { reason: 'too-broad' };
  let list: CompiledList | null;
  try {
    if (re !== null) RE2JS.compile(re);
    list = compileTerms('check', [term], options);
  } catch (error) {
    return { reason: 'invalid', detail: error instanceof Error ? error.message : String(error) };
  }
  if (re !== null && RE2JS.compile(`^(?:${re})$`).matches('')) return { reason: 'empty-match' };
  if (!list) return null;
  const sample = sampleAs(options);
  // A plain term's matches are its occurrences (what its one-term trie finds), found with
  // indexOf: a list's hundreds of terms are checked again each time the background compiles it.
  const spans =
    re === null
      ? occurrences(sample, foldText(term, foldFor(options)).folded, options.wholeWord)
      : list.find(sample, BROAD_LIMITS.matches);
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

function compileList(list: WatchList): CompiledList | null {
  const terms = listTerms(list.terms)
    .map(({ term }) => term)
    .filter((term) => !checkTerm(term, list));
  return compileTerms(list.id, terms, list);
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
          const folded =
            list.options.matchAccents && list.options.matchCase && !hasInvisibleMarks(block.text)
              ? null
              : readAs(block.text, list.options);
          const spans = list.find(folded ? folded.folded : block.text, room);
          if (spans.length > room) capped = true;
          for (const s of spans.slice(0, room)) {
            const start = folded ? folded.origin[s.start] : s.start;
            const end = folded ? folded.origin[s.end] : s.end;
            matches.push({
              start: block.start + start,
              end: block.start + end,
              listId: list.id,
              text: block.text.slice(start, end),
              term: s.term,
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
