/**
 * The word lexicon, built from news corpora by scripts/build-common-words.ts:
 *   - common words, written in lower case far more often than capitalised on their own
 *     mid-sentence ("well", "video", "details", "mobile"): capitalised, such a word alone is a
 *     name only where the page gives evidence for it (see name-evidence.ts);
 *   - closed words (function words, days, months): never a name alone, whatever the capital;
 *   - demonyms ("Russian", "Republican", "Muslim"): next to a name, not part of it; of
 *     them, faiths ("Muslim", "Sunni") say nothing of where the name before them is;
 *   - given names ("David", "Aaron"): alone, such a word never links to a famous bearer;
 *     those that are common words too ("Mark", "Bill") are kept apart (model-spans.ts);
 *   - person nouns ("witness", "woman", "commenter"), what a count of one counts (figures.ts).
 * Both take alias keys (normalize.ts).
 */
import {
  CLOSED_WORD_LIST,
  COMMON_GIVEN_NAME_LIST,
  COMMON_WORD_LIST,
  DEMONYM_LIST,
  FAITH_LIST,
  GIVEN_NAME_LIST,
  PERSON_NOUN_LIST,
} from './word-lexicon.data';

let common: Set<string> | undefined;
let given: Set<string> | undefined;
let commonGiven: Set<string> | undefined;
let closed: Set<string> | undefined;
let demonyms: Set<string> | undefined;
let faiths: Set<string> | undefined;
let personNouns: Set<string> | undefined;
// The lists hold alias keys already (the build normalised them).
const toSet = (list: string) => new Set(list.split(' '));

/** Whether an alias key of one word is a common word. */
export function isCommonWord(key: string): boolean {
  return (common ??= toSet(COMMON_WORD_LIST)).has(key);
}

/** Whether an alias key of one word is a given name. */
export function isGivenName(key: string): boolean {
  return (given ??= toSet(GIVEN_NAME_LIST)).has(key);
}

/** Whether an alias key of one word is a first name that is a common word too ("mark", "bill"). */
export function isCommonGivenName(key: string): boolean {
  return (commonGiven ??= toSet(COMMON_GIVEN_NAME_LIST)).has(key);
}

/** Whether an alias key of one word is a function word or a calendar word ("No", "Friday"). */
export function isClosedWord(key: string): boolean {
  return (closed ??= toSet(CLOSED_WORD_LIST)).has(key);
}

/** Whether an alias key of one word names a nationality, a people or a party's members. */
export function isDemonym(key: string): boolean {
  demonyms ??= toSet(DEMONYM_LIST);
  return demonyms.has(key) || (key.endsWith('s') && demonyms.has(key.slice(0, -1)));
}

/** Whether an alias key of one word names the followers of a faith ("Muslim", "Sunnis"). */
export function isFaith(key: string): boolean {
  faiths ??= toSet(FAITH_LIST);
  return faiths.has(key) || (key.endsWith('s') && faiths.has(key.slice(0, -1)));
}

/** Whether a lower-case singular word is a noun for people ("witness", "commenter"). */
export function isPersonNoun(word: string): boolean {
  return (personNouns ??= toSet(PERSON_NOUN_LIST)).has(word);
}
