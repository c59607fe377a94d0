/**
 * Name candidates: runs of capitalised words ("Russian President Vladimir Putin") and every
 * n-gram inside them, each with its alias key. The keys go to the cache in one batched lookup;
 * `match-names.ts` then picks the longest known n-grams.
 */
import { aliasKey } from './normalize';
import { tokenize, type Token } from './tokens';
import type { NameCandidate } from '../types/mention';

/** Longest n-gram looked up: longer names are rare and every extra length multiplies keys. */
export const MAX_NAME_TOKENS = 6;

/** Lower-case words allowed inside a name ("Bank of England", "Bosnia and Herzegovina"). */
const CONNECTORS = new Set([
  'of',
  'the',
  'and',
  'de',
  'del',
  'la',
  'le',
  'du',
  'da',
  'di',
  'von',
  'van',
  'der',
  'al',
  'bin',
  'y',
]);

/** Whether a lower-case word may stand inside a name ("of" in "Bank of England"). */
export const isNameConnector = (word: string): boolean => CONNECTORS.has(word);

/** A word of a name run, trimmed to its name part ("Putin's" → "Putin"). */
interface NameToken extends Token {
  connector: boolean;
}

/** A maximal run of name tokens not separated by punctuation or line breaks. */
export type NameRun = NameToken[];

const POSSESSIVE = /(?:['’]s|['’])$/u;
/** Lower-case Arabic articles and particles joined to a name by a hyphen. */
const PARTICLES = new Set(['al', 'el', 'ad', 'an', 'ar', 'as', 'ash', 'at', 'az', 'bin', 'ibn']);
const UPPER_START = /^\p{Lu}/u;

/** The capitalised head of a token, and whether the token goes on past it (so the run must end). */
function namePart(token: Token): { part: Token; endsRun: boolean } | null {
  let text = token.text;
  // Fast path for the common token: no apostrophe, no hyphen; only its first letter matters.
  if (!/['’\u2010\u2011-]/.test(text)) {
    const first = text.charAt(0);
    return first !== first.toLowerCase() ? { part: token, endsRun: false } : null;
  }
  let endsRun = false;
  const possessive = POSSESSIVE.exec(text);
  if (possessive) {
    text = text.slice(0, possessive.index);
    endsRun = true;
  }
  const pieces = text.split(/[\u2010\u2011-]/u);
  if (pieces.length > 1) {
    // "Moscow-installed", "U.S.-led": the name is the capitalised prefix; "Jean-Luc" stays whole.
    const firstLower = pieces.findIndex((p) => !UPPER_START.test(p));
    // "al-Qaeda", "el-Sisi": an Arabic article before a capitalised name is part of it.
    if (
      firstLower === 0 &&
      PARTICLES.has(pieces[0]) &&
      pieces.length === 2 &&
      UPPER_START.test(pieces[1])
    )
      return { part: { start: token.start, end: token.start + text.length, text }, endsRun };
    if (firstLower === 0) return null;
    if (firstLower > 0) {
      text = pieces.slice(0, firstLower).join('-');
      endsRun = true;
    }
  }
  if (!UPPER_START.test(text)) return null;
  return { part: { start: token.start, end: token.start + text.length, text }, endsRun };
}

/** True when only spaces separate two tokens (no punctuation, no line break). */
function joined(text: string, a: Token, b: Token): boolean {
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0xa0) return false;
  }
  return true;
}

/** Split text into runs of capitalised words, connectors allowed only inside a run. */
export function findNameRuns(text: string): NameRun[] {
  const runs: NameRun[] = [];
  let run: NameRun = [];
  let prev: Token | null = null;
  const close = () => {
    while (run.length && run[run.length - 1].connector) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  for (const token of tokenize(text)) {
    if (prev && !joined(text, prev, token)) close();
    prev = token;
    if (CONNECTORS.has(token.text) && run.length) {
      run.push({ start: token.start, end: token.end, text: token.text, connector: true });
      continue;
    }
    const name = namePart(token);
    if (!name) {
      close();
      continue;
    }
    run.push({
      start: name.part.start,
      end: name.part.end,
      text: name.part.text,
      connector: false,
    });
    if (name.endsRun) {
      close();
      prev = null;
    }
  }
  close();
  return runs;
}

/** Alias keys of a run's tokens, computed once per run (matching asks for many n-grams). */
const tokenKeyCache = new WeakMap<NameRun, string[]>();
function runTokenKeys(run: NameRun): string[] {
  let keys = tokenKeyCache.get(run);
  if (!keys) {
    keys = run.map((t) => aliasKey(t.text));
    tokenKeyCache.set(run, keys);
  }
  return keys;
}

/**
 * One n-gram of a run, with its key; null for n-grams never looked up. Shared by lookup and
 * matching. The key is the tokens' keys joined by spaces: tokens hold no spaces, so it equals
 * aliasKey of the whole surface, without normalising the same words again.
 */
export function runCandidates(
  text: string,
  run: NameRun,
  at: number,
  length: number,
): NameCandidate | null {
  const first = run[at];
  const last = run[at + length - 1];
  if (!first || !last || first.connector || last.connector) return null;
  const tokenKeys = runTokenKeys(run);
  let key = tokenKeys[at];
  for (let i = at + 1; i < at + length; i++) key += ` ${tokenKeys[i]}`;
  if (!key || !tokenKeys[at] || !tokenKeys[at + length - 1]) return null;
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end), key };
}

/** "the" right before `start`: a pack alias may hold it ("the Fed"). */
export function theBefore(text: string, start: number): boolean {
  return (
    start >= 4 &&
    /^the $/i.test(text.slice(start - 4, start)) &&
    !/\p{L}/u.test(text.charAt(start - 5))
  );
}

/** The key of a name with the article the text puts before it ("the fed"). */
export const withThe = (key: string): string => `the ${key}`;

/**
 * All distinct keys to look up for these runs, in one batch. An n-gram's key is its tokens'
 * keys joined by spaces (tokens hold no spaces), so each token is normalised once. A run after
 * "the" is also looked up with it, for the names a pack knows only so ("the Fed":
 * alone, "Fed" is a common word).
 */
export function candidateKeys(text: string, runs: NameRun[]): string[] {
  const keys = new Set<string>();
  for (const run of runs) {
    const tokenKeys = runTokenKeys(run);
    const article = run.length > 0 && theBefore(text, run[0].start);
    for (let at = 0; at < run.length; at++) {
      if (run[at].connector || !tokenKeys[at]) continue;
      let key = '';
      for (let length = 1; length <= MAX_NAME_TOKENS && at + length <= run.length; length++) {
        const last = at + length - 1;
        key = length === 1 ? tokenKeys[at] : `${key} ${tokenKeys[last]}`;
        if (run[last].connector || !tokenKeys[last]) continue;
        keys.add(key);
        if (article && at === 0) keys.add(withThe(key));
      }
    }
  }
  return [...keys];
}
