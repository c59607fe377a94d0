/**
 * Evidence that capitalised words are a name. A name made only of common words ("Well",
 * "Details Awaited", "Donate Now") is one only where the capital is the word's own
 * (mid-sentence in prose), where a title says so ("Mr Rose"), where the pack knows the whole
 * phrase ("White House"), or where the page itself writes the word capitalised on its own
 * mid-sentence elsewhere (page evidence).
 */
import { capitalSaysName, startsSentence, type BlockCase } from './capitals';
import type { NameRun } from './candidates';
import { isClosedWord, isCommonWord, isDemonym } from './common-words';
import { aliasKey } from './normalize';
import { NAME_TITLES, ROLE_MODIFIERS, ROLE_NOUNS } from './role-words';
import { tokenize } from './tokens';

/**
 * What the page as a whole says: names of common words it capitalises mid-sentence, and how
 * often each run of capitalised words comes (by alias key).
 */
export interface PageEvidence {
  capitalised: ReadonlySet<string>;
  runs?: ReadonlyMap<string, number>;
  /** Words the page writes in lower case ("standalone"), by alias key. */
  lower?: ReadonlySet<string>;
}

/**
 * A word written in lower case as prose writes it: between spaces, quotes, brackets, dashes
 * or sentence punctuation, with no capital inside ("iPhone" is a name's spelling). Pieces of
 * addresses, handles and code ("mozilla.org", "@marco", "arduino_uno") are not prose.
 */
const LOWER_WORD =
  /(?<=^|[\s"“‘'([—–])\p{Ll}[\p{Ll}\p{M}]*(?=$|[\s,;:!?)"”’'\]—–]|\.(?![\p{L}\p{N}]))/gu;

/** The words these texts write in lower case, by alias key. */
export function lowerCaseWords(texts: Iterable<string>): Set<string> {
  const found = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(LOWER_WORD)) found.add(aliasKey(m[0]));
  return found;
}

/** How often each run of capitalised words comes in these blocks, by alias key. */
export function countRuns(
  blocks: readonly { text: string; runs: readonly NameRun[] }[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { text, runs } of blocks)
    for (const run of runs) {
      const key = aliasKey(text.slice(run[0].start, run[run.length - 1].end));
      if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  return counts;
}

/** Times a surname must come alone for the page to vouch for the full name before it. */
const SURNAME_REPEATS = 3;
/** Below this the tagger's guess is noise, repeated or not. */
const REPEATED_MIN_CONFIDENCE = 0.5;

/**
 * Whether the page vouches for a person's name the tagger is unsure of: news gives a name in
 * full, then the surname alone, again and again ("Dylann Roof … Roof … Roof"). A name of two
 * or three capitalised words whose last word the page writes alone, as a name of its own, at
 * least three times is that person's.
 */
export function pageRepeatsName(
  span: { text: string; confidence: number },
  page: PageEvidence,
): boolean {
  if (!page.runs || span.confidence < REPEATED_MIN_CONFIDENCE) return false;
  const words = span.text.split(/\s+/);
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)))
    return false;
  if (words.some((w) => isClosedWord(aliasKey(w)) || isTitleWord(aliasKey(w)))) return false;
  // A surname may be a common word ("Roof"); the words before it may not ("Lone Star").
  if (words.slice(0, -1).some((w) => isCommonWord(aliasKey(w)))) return false;
  // A given name is seldom written alone where the story calls the person by the surname; a
  // maker's name is ("Mozilla" … "Mozilla Firefox" … "Firefox"): then the words are a product.
  if (page.runs.has(aliasKey(words[0]))) return false;
  return (page.runs.get(aliasKey(words[words.length - 1])) ?? 0) >= SURNAME_REPEATS;
}

const TITLE_WORDS = new Set<string>([...NAME_TITLES, ...ROLE_NOUNS, ...ROLE_MODIFIERS]);

/** Titles, role nouns and their modifiers: words that stand next to a name without being part of it. */
export const isTitleWord = (key: string): boolean => TITLE_WORDS.has(key);

/** Words that stand next to a name without being part of it: titles, demonyms, function words. */
export const besideName = (key: string): boolean =>
  TITLE_WORDS.has(key) || isDemonym(key) || isClosedWord(key);

/** All capitals and two letters or more: an acronym ("US", "WHO"), not the common word. */
const isAcronym = (word: string) => word.length >= 2 && /^[\p{Lu}\d.&]+$/u.test(word);

/** Whether a capitalised word is a common word here (an acronym in mixed-case text is not). */
export function commonHere(word: string, block: BlockCase): boolean {
  if (!block.allCaps && isAcronym(word)) return false;
  return isCommonWord(aliasKey(word));
}

/**
 * The names a block capitalises mid-sentence ("Mobile", "Whole Foods"), by alias key:
 * evidence for the same words elsewhere on the page, where they may be common words.
 */
export function capitalisedMidSentence(
  text: string,
  runs: readonly NameRun[],
  block: BlockCase,
): Set<string> {
  const found = new Set<string>();
  for (const run of runs) {
    // Any name of words with a lower-case letter: a word the lexicon does not hold may be one
    // the page writes in lower case too ("turkey" and "Turkey"), and needs this evidence then.
    if (!run.every((t) => t.connector || /\p{Ll}/u.test(t.text))) continue;
    if (!capitalSaysName(text, run[0].start, block)) continue;
    found.add(aliasKey(text.slice(run[0].start, run[run.length - 1].end)));
  }
  return found;
}

const CAPITALISED_BEFORE = /(\p{Lu}[\p{L}\p{M}'’&.-]*)[ \u00a0]$/u;
const TITLE_BEFORE = new RegExp(String.raw`\b(?:${NAME_TITLES.join('|')})\.?\s+$`, 'i');

/** Whether a span of capitalised words is made only of common words with nothing to say it is a name. */
export function commonWordsOnly(
  text: string,
  span: { start: number; end: number },
  block: BlockCase,
  page: PageEvidence,
): boolean {
  const words = tokenize(text.slice(span.start, span.end)).filter((t) => /^\p{Lu}/u.test(t.text));
  // A word the page itself writes in lower case is as common here as the lexicon's words.
  const common = (w: string) =>
    commonHere(w, block) || (!!page.lower?.has(aliasKey(w)) && (block.allCaps || !isAcronym(w)));
  if (!words.length || !words.every((w) => common(w.text))) return false;
  if (TITLE_BEFORE.test(text.slice(Math.max(0, span.start - 8), span.start))) return false;
  // A function or calendar word alone is no name even mid-sentence ("No. 1", "on Friday").
  if (words.length === 1 && isClosedWord(aliasKey(words[0].text))) return true;
  // Right after a capitalised word, a common word is the tail of a longer name the runs cut
  // at a possessive or an ampersand ("Sam’s Club", "AT&T Stadium"), not a name of its own;
  // after the article or function word opening a sentence it is the name ("The Cowboys"),
  // not after one inside a title ("Once Were Warriors").
  const from = Math.max(0, span.start - 40);
  const before = CAPITALISED_BEFORE.exec(text.slice(from, span.start));
  const opening =
    before && isClosedWord(aliasKey(before[1])) && startsSentence(text, from + before.index);
  if (words.length === 1 && before && !opening) return true;
  if (capitalSaysName(text, span.start, block)) return false;
  return !page.capitalised.has(aliasKey(text.slice(span.start, span.end)));
}
