/**
 * Which words are ordinary English and which are given names, learnt from tagged news corpora
 * rather than a hand list: a word is common when the corpora write it mostly in lower case
 * (counting capitals only away from the start of a sentence), and a given name when it opens
 * person names in several different full names.
 */
import { readFileSync } from 'node:fs';
import { aliasKey } from '../../lib/recognize/normalize';

/** A word's tag in a corpus: part of a person's name, of another name (place, org…), or neither. */
export type Tag = 'person' | 'other' | '';

/** One sentence of a tagged corpus: its words and, per word, the kind of name it is part of. */
export interface TaggedSentence {
  words: string[];
  tags: Tag[];
  /** The corpus tags titles as part of person names ("President Mahmoud Ahmadinejad"). */
  titledNames?: boolean;
}

export interface Lexicon {
  /** True when the phrase (one word or several) is mostly written in lower case. */
  isCommon(phrase: string): boolean;
  /**
   * True when the corpora write the word in lower case at least once: an English word
   * ("heritage", "ensemble"), however often names capitalise it.
   */
  isWord(word: string): boolean;
  /** True when the word opens person names often enough to be read as a given name. */
  isGivenName(word: string): boolean;
  /**
   * True when the word is not part of a person's name in the corpora: an ordinary word, or a
   * word tagged far more often in place and organisation names ("Zealand", "Swiss").
   */
  isNonPersonWord(word: string): boolean;
  /** True when the corpora tag the word far more often in place or organisation names. */
  readsAsPlaceOrOrg(word: string): boolean;
  /** True when the word ends the names of many different people ("Brown", "Williams"). */
  isSharedSurname(word: string): boolean;
  /**
   * True when the corpora, in most of their sightings of this exact two-character form, tag it
   * as part of a name of this kind ("US", "UK" as places; "Xi" as a person). "AS", "PR" or
   * "Te" are not, so nothing says a page means the entity by them.
   */
  attestsShortForm(form: string, kind: Exclude<Tag, ''>): boolean;
}

/** Fewer sightings than this say nothing either way. */
const MIN_LOWER = 3;
/** Distinct full names a word must open to count as a given name. */
const MIN_NAMES = 3;
const MAX_PHRASE = 3;
/** Distinct full names a word must end to count as a surname many people share ("Brown"). */
const MIN_SURNAME_NAMES = 10;
/** The longest form `attestsShortForm` answers for, in characters. */
export const SHORT_FORM_CHARS = 2;

const WORD = /^\p{L}[\p{L}'’-]*$/u;
/** Tokens after which a capital says nothing: sentence ends, quotes, colons, brackets, dashes. */
const OPENERS = /^(?:[.!?:;"“”‘’`'([-]|--|``|''|-DOCSTART-)+$/;
const isLower = (w: string) => /^[\p{Ll}'’-]+$/u.test(w);
const isCapitalised = (w: string) => /^\p{Lu}/u.test(w) && /\p{Ll}/u.test(w);

/** The corpora are plain ASCII words: a cheaper key than `aliasKey`, equal to it on such words. */
const corpusKey = (words: string[]) =>
  words.join(' ').toLowerCase().replace(/['’.]/g, '').replace(/-/g, ' ');

interface CaseCounts {
  lower: number;
  capitalised: number;
}

function bump(map: Map<string, CaseCounts>, key: string, lower: boolean) {
  const c = map.get(key) ?? { lower: 0, capitalised: 0 };
  if (lower) c.lower++;
  else c.capitalised++;
  map.set(key, c);
}

/**
 * Build the lexicon from tagged sentences plus extra full names (["Aaron", "Copland"]) whose
 * first word is a given name. Words in all capitals (headlines) and words that open a sentence
 * are not counted: their case says nothing.
 */
export function buildLexicon(sentences: Iterable<TaggedSentence>, names: string[][] = []): Lexicon {
  const counts = new Map<string, CaseCounts>();
  /** Per word: tagged in person names, in other names, and in person names free of titles. */
  const tagged = new Map<string, { person: number; other: number; untitled: number }>();
  /** Per exact short form ("US", "as"): its sightings tagged as each kind of name, or untagged. */
  const shortForms = new Map<string, Record<Tag, number>>();
  const givenIn = new Map<string, Set<string>>();
  const surnameOf = new Map<string, Set<string>>();
  const addName = (words: string[]) => {
    if (words.length < 2 || !/^\p{Lu}\p{Ll}+$/u.test(words[0])) return;
    const key = aliasKey(words[0]);
    const full = aliasKey(words.join(' '));
    givenIn.set(key, (givenIn.get(key) ?? new Set()).add(full));
    const last = aliasKey(words[words.length - 1]);
    surnameOf.set(last, (surnameOf.get(last) ?? new Set()).add(full));
  };
  const spans: string[][] = [];
  const titledSpans: string[][] = [];
  const titleCounts = new Map<string, number>();
  for (const s of sentences) {
    for (let i = 0; i < s.words.length; i++) {
      const tag = s.tags[i];
      if ([...s.words[i]].length <= SHORT_FORM_CHARS) {
        const c = shortForms.get(s.words[i]) ?? { person: 0, other: 0, '': 0 };
        c[tag]++;
        shortForms.set(s.words[i], c);
      }
      if (tag) {
        const t = tagged.get(corpusKey([s.words[i]])) ?? { person: 0, other: 0, untitled: 0 };
        t[tag]++;
        if (tag === 'person' && !s.titledNames) t.untitled++;
        tagged.set(corpusKey([s.words[i]]), t);
      }
      // Sentence starts and words after quotes, colons or dashes say nothing about case.
      if (i === 0 || OPENERS.test(s.words[i - 1])) continue;
      // Particles inside person names ("van der", "bin") are not ordinary lower-case words,
      // and titles tagged as part of names ("President …") are not evidence either way.
      if (tag === 'person' && (s.titledNames || isLower(s.words[i]))) continue;
      for (let n = 1; n <= MAX_PHRASE && i + n <= s.words.length; n++) {
        const phrase = s.words.slice(i, i + n);
        if (!phrase.every((w) => WORD.test(w))) break;
        if (phrase.every(isLower)) bump(counts, corpusKey(phrase), true);
        else if (phrase.every(isCapitalised)) {
          // Only a capitalised run of exactly these words is evidence for them as a name:
          // "South" in "South Africa" says nothing about "South" alone.
          const next = s.words[i + n];
          if (!isCapitalised(s.words[i - 1]) && !(next && isCapitalised(next)))
            bump(counts, corpusKey(phrase), false);
        } else break;
      }
    }
    for (let i = 0; i < s.words.length;) {
      if (s.tags[i] !== 'person') {
        i++;
        continue;
      }
      let end = i;
      while (end < s.words.length && s.tags[end] === 'person') end++;
      if (s.titledNames) titledSpans.push(s.words.slice(i, end));
      else {
        spans.push(s.words.slice(i, end));
        // A capitalised untagged word right before a name is a title ("President", "Coach").
        const before = s.words[i - 1];
        if (i > 0 && !s.tags[i - 1] && before && isCapitalised(before)) {
          const key = corpusKey([before]);
          titleCounts.set(key, (titleCounts.get(key) ?? 0) + 1);
        }
      }
      i = end;
    }
  }
  const isCommon = (phrase: string) => {
    const c = counts.get(aliasKey(phrase));
    return !!c && c.lower >= MIN_LOWER && c.lower > c.capitalised;
  };
  for (const span of [...spans, ...names]) addName(span);
  // Corpora that tag titles inside names give given names once the titles are taken off.
  const isTitle = (w: string) => isCommon(w) || (titleCounts.get(corpusKey([w])) ?? 0) >= MIN_NAMES;
  for (const span of titledSpans) {
    let start = 0;
    while (start < span.length && isTitle(span[start])) start++;
    addName(span.slice(start));
  }
  const isGivenName = (word: string) => (givenIn.get(aliasKey(word))?.size ?? 0) >= MIN_NAMES;
  const readsAsPlaceOrOrg = (word: string) => {
    const t = tagged.get(aliasKey(word));
    return !!t && t.other >= MIN_LOWER && t.other > 2 * t.person;
  };
  return {
    isCommon,
    isWord: (word) => (counts.get(aliasKey(word))?.lower ?? 0) >= 1,
    isGivenName,
    // A word ever seen inside a person's name where titles are not tagged ("Ram" in
    // "Ram Chandra Poudel") may be a name word, however common it is otherwise.
    isNonPersonWord: (word) =>
      !isGivenName(word) &&
      !(tagged.get(aliasKey(word))?.untitled ?? 0) &&
      (isCommon(word) || readsAsPlaceOrOrg(word)),
    readsAsPlaceOrOrg,
    isSharedSurname: (word) => (surnameOf.get(aliasKey(word))?.size ?? 0) >= MIN_SURNAME_NAMES,
    attestsShortForm: (form, kind) => {
      const c = shortForms.get(form);
      return !!c && c[kind] * 2 > c.person + c.other + c[''];
    },
  };
}

/** CoNLL-2003 columns: word POS chunk tag, a blank line between sentences. */
export function* readConll(file: string): Generator<TaggedSentence> {
  let words: string[] = [];
  let tags: Tag[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const cols = line.trim().split(' ');
    if (cols.length < 4 || cols[0] === '-DOCSTART-') {
      if (words.length) yield { words, tags };
      words = [];
      tags = [];
      continue;
    }
    words.push(cols[0]);
    tags.push(cols[3] === 'O' ? '' : cols[3].endsWith('PER') ? 'person' : 'other');
  }
  if (words.length) yield { words, tags };
}

/** The Groningen Meaning Bank CSV: "Sentence: N" opens a sentence; Word,POS,Tag follow. */
export function* readGmb(file: string): Generator<TaggedSentence> {
  let words: string[] = [];
  let tags: Tag[] = [];
  for (const line of readFileSync(file, 'latin1').split('\n').slice(1)) {
    const m = /^(Sentence: \d+)?,("(?:[^"]|"")*"|[^,]*),[^,]*,(\S+)$/.exec(line.trim());
    if (!m) continue;
    if (m[1] && words.length) {
      yield { words, tags, titledNames: true };
      words = [];
      tags = [];
    }
    words.push(m[2].startsWith('"') ? m[2].slice(1, -1).replace(/""/g, '"') : m[2]);
    // GMB's time expressions ("tim") are not names at all.
    tags.push(
      m[3] === 'O' || m[3].endsWith('tim') ? '' : m[3].endsWith('per') ? 'person' : 'other',
    );
  }
  if (words.length) yield { words, tags };
}
