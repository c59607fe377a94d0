#!/usr/bin/env tsx
/**
 * `npm run lexicon:build`: the word lexicon of the recognizer (lib/recognize/word-lexicon.data.ts),
 * built from data rather than by hand:
 *   - common words: words written in lower case far more often than capitalised in the middle of
 *     a sentence, counted in the CoNLL-2003 training file and the GMB corpus (news text, in
 *     ../shared/data/ner); for words too rare there, compromise's lexicon (MIT) says whether it
 *     knows the word as an ordinary word (verb, adjective, noun...) rather than a name. Its
 *     closed classes (pronouns, determiners, prepositions, conjunctions, modals, interjections)
 *     and its calendar words are always common.
 *   - given names: compromise's first names, and the first word of people's names of two or
 *     more words in the same corpora (a word seldom seen as the last word of one); those of
 *     compromise's that are common words too are a list of their own.
 *   - demonyms and faiths: the corpora's nationality tags, and the Factbook's words for
 *     peoples and religions that are no names elsewhere (see below).
 *   - person nouns ("witness", "woman", "commenter"): compromise's nouns for people, and the
 *     people of news reports it lacks (below): a count of one counts them (figures.ts).
 * Run it again when the corpora or the thresholds change; the output is committed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import nlp from 'compromise';
import { isTitleWord } from '../lib/recognize/name-evidence';
import { aliasKey } from '../lib/recognize/normalize';
import { ROOT, SHARED_DIR } from './harness/paths';
import { factbookPeoples } from './pack/factbook-peoples';
import { readPackText } from './pack/pack-file';

const DATA = resolve(SHARED_DIR, 'data/ner');
const CONLL = resolve(DATA, 'conll2003/eng.train');
const GMB = resolve(DATA, 'gmb/ner_dataset.csv');
const FACTBOOK = resolve(SHARED_DIR, 'data/factbook');
const OUT = resolve(ROOT, 'lib/recognize/word-lexicon.data.ts');

/** A word is common when at least this share of its informative uses are lower case. */
const LOWER_SHARE = 0.75;
/** Below this many informative uses, the corpora say too little and compromise decides. */
const MIN_USES = 4;
/** A capitalised word tagged as a nationality or a party's members this often is a demonym. */
const DEMONYM_SHARE = 0.15;
/** A Factbook people's word inside names more often than this is a name's word as well. */
const PEOPLE_NAMED_SHARE = 0.3;
/** A first word of people's names this often, and more often first than last, is a given name. */
const MIN_FIRST = 3;

interface Token {
  word: string;
  /** 'per' for a word inside a person's name; where it begins one, 'per-first'; else ''. */
  person: '' | 'per-first' | 'per';
  /** Whether the word alone is a nationality, a people or a party's members ("Russian", "Republican"). */
  demonym: boolean;
  /** Whether the word is inside a person's, place's or organisation's name. */
  named: boolean;
}

/** Words of people's names in CoNLL, whose tags are checked by hand (GMB's are not). */
const conllPersonWords = new Set<string>();

function conllSentences(): Token[][] {
  const sentences: Token[][] = [];
  let sentence: Token[] = [];
  let prev = 'O';
  const flush = () => {
    if (sentence.length) sentences.push(sentence);
    sentence = [];
    prev = 'O';
  };
  for (const line of readFileSync(CONLL, 'utf8').split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (!parts[0] || parts[0] === '-DOCSTART-') {
      flush();
      continue;
    }
    const tag = parts[parts.length - 1];
    const isPer = tag.endsWith('PER');
    if (isPer) conllPersonWords.add(parts[0].toLowerCase());
    const begins = isPer && (tag.startsWith('B-') || !prev.endsWith('PER'));
    sentence.push({
      word: parts[0],
      person: isPer ? (begins ? 'per-first' : 'per') : '',
      demonym: tag.endsWith('MISC') && !prev.endsWith('MISC'),
      named: /(?:PER|LOC|ORG)$/.test(tag),
    });
    // A MISC span of one word only: a following MISC word makes it part of a longer one.
    if (prev.endsWith('MISC') && tag.endsWith('MISC') && !tag.startsWith('B-'))
      sentence[sentence.length - 2].demonym = false;
    prev = tag;
  }
  flush();
  return sentences;
}

function gmbSentences(): Token[][] {
  const sentences: Token[][] = [];
  let sentence: Token[] = [];
  const lines = readFileSync(GMB, 'latin1').split('\n').slice(1);
  for (const line of lines) {
    // Sentence #,Word,POS,Tag — the word may itself be a comma or hold quotes.
    const m = /^(Sentence: \d+)?,(.*),([^,]*),([^,\r]*)\r?$/.exec(line);
    if (!m) continue;
    if (m[1] && sentence.length) {
      sentences.push(sentence);
      sentence = [];
    }
    const word = m[2].replace(/^"(.*)"$/, '$1');
    const tag = m[4];
    sentence.push({
      word,
      person: tag === 'B-per' ? 'per-first' : tag === 'I-per' ? 'per' : '',
      demonym: tag === 'B-gpe',
      // GMB's tags are silver: it tags "Muslim" as an organisation or a place as often as not.
      named: false,
    });
  }
  if (sentence.length) sentences.push(sentence);
  return sentences;
}

const LETTERS = /^\p{L}[\p{L}'’-]*$/u;
const OPENERS = new Set([
  '"',
  "'",
  '`',
  '``',
  "''",
  '(',
  '[',
  '-',
  '--',
  ':',
  ';',
  '.',
  '!',
  '?',
  '...',
]);

/** A title-case or all-caps sentence (a headline): its capitals say nothing. */
function headlineLike(sentence: Token[]): boolean {
  const words = sentence.filter((t) => LETTERS.test(t.word));
  if (words.length < 2) return true;
  const capital = words.filter((t) => t.word[0] !== t.word[0].toLowerCase()).length;
  return capital / words.length >= 0.7;
}

const capitalised = (word: string | undefined) =>
  !!word && /^\p{Lu}/u.test(word) && LETTERS.test(word);

const lower = new Map<string, number>();
const capitalMid = new Map<string, number>();
const demonymUses = new Map<string, number>();
const capitalUses = new Map<string, number>();
const namedUses = new Map<string, number>();
const firstOfPerson = new Map<string, number>();
const lastOfPerson = new Map<string, number>();
const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

if (!existsSync(CONLL) || !existsSync(GMB) || !existsSync(FACTBOOK)) {
  console.error(`lexicon:build needs ${CONLL}, ${GMB} and ${FACTBOOK}`);
  process.exit(1);
}
for (const sentence of [...conllSentences(), ...gmbSentences()]) {
  // People's names of two or more words: their first and last words.
  for (let i = 0; i < sentence.length; i++) {
    if (sentence[i].person !== 'per-first') continue;
    let j = i + 1;
    while (j < sentence.length && sentence[j].person === 'per') j++;
    if (j - i >= 2) {
      bump(firstOfPerson, sentence[i].word.toLowerCase());
      bump(lastOfPerson, sentence[j - 1].word.toLowerCase());
    }
  }
  for (const t of sentence) {
    if (!capitalised(t.word) || t.word === t.word.toUpperCase()) continue;
    bump(capitalUses, t.word.toLowerCase());
    if (t.demonym) bump(demonymUses, t.word.toLowerCase());
    if (t.named) bump(namedUses, t.word.toLowerCase());
  }
  if (headlineLike(sentence)) continue;
  sentence.forEach((t, i) => {
    if (!LETTERS.test(t.word)) return;
    const key = t.word.toLowerCase();
    if (t.word === key) bump(lower, key);
    else if (
      i > 0 &&
      !OPENERS.has(sentence[i - 1].word) &&
      t.word !== t.word.toUpperCase() &&
      !capitalised(sentence[i - 1].word) &&
      !capitalised(sentence[i + 1]?.word)
    )
      // Alone: inside a longer name ("Supreme Court") the capital belongs to the name.
      bump(capitalMid, key);
  });
}

/**
 * Words that are names in the shipped starter pack: an entity's name of one word ("Afar", a
 * region), a person's or organisation's alias of one word ("Duma"), and (`inPlaces`) the last
 * word of a place's longer name ("Nevis" of "Saint Kitts and Nevis"; a first word such as
 * "Tamil" of "Tamil Nadu" is the people's word the place is named after). A place's alias of one word is
 * not taken: the pack build refuses an alias that is a demonym ("Jewish" for the Jewish
 * Autonomous Oblast), which this list decides.
 */
function packNameWords(): { names: Set<string>; inPlaces: Set<string> } {
  const pack = JSON.parse(readPackText()) as {
    entities: { type: string; name: string; aliases?: string[] }[];
  };
  const names = new Set<string>();
  const inPlaces = new Set<string>();
  for (const e of pack.entities)
    for (const [i, name] of [e.name, ...(e.aliases ?? [])].entries()) {
      const words = aliasKey(name).split(' ').filter(Boolean);
      if (words.length === 1 && (i === 0 || e.type !== 'place')) names.add(words[0]);
      if (words.length > 1 && e.type === 'place') inPlaces.add(words[words.length - 1]);
    }
  return { names, inPlaces };
}

type Lexicon = Record<string, string | string[]>;
const lexicon = (nlp as unknown as { world(): { model: { one: { lexicon: Lexicon } } } }).world()
  .model.one.lexicon;
const tagsOf = (word: string): string[] => {
  const t = lexicon[word];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
};
const NAME_TAGS = new Set([
  'Person',
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'Place',
  'City',
  'Country',
  'Region',
  'Organization',
  'SportsTeam',
  'ProperNoun',
  'Demonym',
  'Currency',
  'Honorific',
  'Abbreviation',
]);
const ALWAYS_COMMON = new Set([
  'Pronoun',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Modal',
  'Expression',
  'QuestionWord',
  'Copula',
  'Negative',
  'Reflexive',
  'Possessive',
  'WeekDay',
  'Month',
  'Date',
  'Duration',
]);
const GIVEN_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
/** compromise's tags of words that stand before a name without being one ("Colonel", "al"). */
const NOT_FIRST_NAME_TAGS = new Set(['Honorific', 'Actor', 'Abbreviation', 'Uncountable']);

const common = new Set<string>();
const candidates = new Set([...lower.keys(), ...Object.keys(lexicon)]);
for (const word of candidates) {
  if (!LETTERS.test(word) || word !== word.toLowerCase()) continue;
  const tags = tagsOf(word);
  if (tags.some((t) => ALWAYS_COMMON.has(t))) {
    common.add(word);
    continue;
  }
  const low = lower.get(word) ?? 0;
  const cap = capitalMid.get(word) ?? 0;
  if (low + cap >= MIN_USES) {
    if (low / (low + cap) >= LOWER_SHARE) common.add(word);
  } else if (tags.length && !tags.some((t) => NAME_TAGS.has(t))) common.add(word);
}

const given = new Set<string>();
for (const word of Object.keys(lexicon))
  if (LETTERS.test(word) && tagsOf(word).some((t) => GIVEN_TAGS.has(t))) given.add(word);
// Titles inside the corpora's person spans ("President", "Foreign Minister") are words used in
// lower case too: a given name almost never is.
const rarelyLower = (word: string) => {
  const low = lower.get(word) ?? 0;
  return low <= 0.05 * (low + (capitalMid.get(word) ?? 0));
};
for (const [word, n] of firstOfPerson)
  if (
    LETTERS.test(word) &&
    n >= MIN_FIRST &&
    n > 2 * (lastOfPerson.get(word) ?? 0) &&
    rarelyLower(word) &&
    !tagsOf(word).some((t) => NAME_TAGS.has(t) && !GIVEN_TAGS.has(t))
  )
    given.add(word);
// A word usually lower case is a common word first ("will", "mark", "grace"); those that
// compromise knows as first names are kept apart, for a name the tagger reads whole.
const commonGiven = new Set<string>();
for (const word of given)
  if (common.has(word)) {
    given.delete(word);
    if (!tagsOf(word).some((t) => ALWAYS_COMMON.has(t))) commonGiven.add(word);
  }
// And the first words of the corpora's people's names that are common words, titles left out.
for (const [word, n] of firstOfPerson)
  if (
    LETTERS.test(word) &&
    common.has(word) &&
    n >= MIN_FIRST &&
    n > 2 * (lastOfPerson.get(word) ?? 0) &&
    // Capitalised, it mostly begins someone's name ("Bill", not "Information").
    n >= 0.5 * (capitalUses.get(word) ?? 0) &&
    !isTitleWord(word) &&
    !tagsOf(word).some((t) => ALWAYS_COMMON.has(t) || NOT_FIRST_NAME_TAGS.has(t))
  )
    commonGiven.add(word);

if (process.env.DEBUG)
  for (const w of process.env.DEBUG.split(' '))
    console.log(
      w,
      lower.get(w),
      capitalMid.get(w),
      demonymUses.get(w),
      capitalUses.get(w),
      tagsOf(w),
    );
// Nationalities, peoples and parties' members: tagged so (CoNLL MISC alone, GMB gpe) most times.
const demonyms = new Set<string>();
for (const [word, n] of demonymUses)
  if (
    n >= MIN_FIRST &&
    n >= DEMONYM_SHARE * (capitalUses.get(word) ?? 0) &&
    !common.has(word) &&
    // The corpora's tags are silver: a word compromise knows as a name is not taken.
    !tagsOf(word).some((t) => NAME_TAGS.has(t) && t !== 'Demonym')
  )
    demonyms.add(word);
for (const word of Object.keys(lexicon))
  if (LETTERS.test(word) && tagsOf(word).includes('Demonym')) demonyms.add(word);
// The Factbook's words for peoples and religions ("Muslim", "Sunni", "Fulani"), which the
// corpora's tags miss (CoNLL tags few of them alone, GMB tags them as it likes), unless the
// word is a name as well: written inside names in CoNLL ("San", "Jersey"), in a person's name
// there or in compromise's first names ("Christian", "Karen"), or a name in the starter pack ("Afar", "Shan": regions too; "Persian Gulf").
const packWords = packNameWords();
const faiths = new Set<string>();
// An ethnic group's word must be seen in the corpora, capitalised, and in no person's or place's
// name.
for (const [written, kind] of factbookPeoples(FACTBOOK)) {
  const word = written.toLowerCase();
  const key = aliasKey(word);
  const inPersonName = (firstOfPerson.get(word) ?? 0) + (lastOfPerson.get(word) ?? 0) > 0;
  if (
    kind === 'ethnic' &&
    (inPersonName || packWords.inPlaces.has(key) || (capitalUses.get(word) ?? 0) < MIN_FIRST)
  )
    continue;
  if (
    key &&
    !key.includes(' ') &&
    !packWords.names.has(key) &&
    !common.has(word) &&
    !conllPersonWords.has(word) &&
    !tagsOf(word).some((t) => GIVEN_TAGS.has(t)) &&
    (namedUses.get(word) ?? 0) <= PEOPLE_NAMED_SHARE * (capitalUses.get(word) ?? 0) &&
    !tagsOf(word).some((t) => NAME_TAGS.has(t) && t !== 'Demonym')
  ) {
    demonyms.add(word);
    if (kind === 'faith') faiths.add(word);
  }
}

// Nouns for people: compromise's (its "Actor" tag), and the people news reports count that its
// lexicon lacks. After "one" such a noun makes a count ("one witness"); most other words after
// it make a determiner ("one object", "one pretty").
const NEWS_PEOPLE =
  'guy individual victim resident civilian passenger patient member student voter fan ' +
  'respondent reader viewer listener participant volunteer nurse suspect defendant inmate ' +
  'protester demonstrator migrant insider observer expert supporter opponent neighbour juror ' +
  'miner paramedic rescuer militant gunman attacker assailant shopper buyer seller vendor ' +
  'official spokesman lawmaker senator delegate judge coach candidate detainee worshipper ' +
  'pedestrian cyclist motorist bystander teen adult pensioner retiree nominee recipient caller ' +
  'donor investor owner engineer';
const personNouns = new Set<string>(NEWS_PEOPLE.split(' '));
for (const word of Object.keys(lexicon))
  if (/^[a-z]+$/.test(word) && tagsOf(word).includes('Actor')) personNouns.add(word);

// Function words and calendar words are never a name on their own, whatever their capital.
const closed = new Set<string>();
for (const word of common) if (tagsOf(word).some((t) => ALWAYS_COMMON.has(t))) closed.add(word);

// Stored as alias keys, so the background only splits the lists (no normalising at start-up).
const list = (set: Set<string>) =>
  [...new Set([...set].map(aliasKey))].filter(Boolean).sort().join(' ');
writeFileSync(
  OUT,
  `/**
 * Generated by scripts/build-common-words.ts (\`npm run lexicon:build\`) from the CoNLL-2003 and
 * GMB news corpora, compromise's lexicon (MIT), the CIA World Factbook (public domain) and the
 * starter pack's names; do not edit by hand. Alias keys (lib/recognize/normalize.ts),
 * space-separated, sorted.
 */

/** Words written in lower case far more often than capitalised mid-sentence. */
export const COMMON_WORD_LIST =
  ${JSON.stringify(list(common))};

/** Function words and calendar words: never a name on their own ("No. 1", "on Friday"). */
export const CLOSED_WORD_LIST =
  ${JSON.stringify(list(closed))};

/** Nationalities, peoples and parties' members ("Russian", "Republicans"). */
export const DEMONYM_LIST =
  ${JSON.stringify(list(demonyms))};

/** Of those, the words for the followers of a faith ("Muslim", "Sunni", "Catholic"). */
export const FAITH_LIST =
  ${JSON.stringify(list(faiths))};

/** Words used as a person's first name. */
export const GIVEN_NAME_LIST =
  ${JSON.stringify(list(given))};

/** First names that are common words too ("Mark", "Will", "Grace"). */
export const COMMON_GIVEN_NAME_LIST =
  ${JSON.stringify(list(commonGiven))};

/** Nouns for people ("witness", "woman", "commenter"). */
export const PERSON_NOUN_LIST =
  ${JSON.stringify(list(personNouns))};
`,
);
console.log(
  JSON.stringify({
    out: OUT,
    commonWords: common.size,
    closedWords: closed.size,
    demonyms: demonyms.size,
    faiths: faiths.size,
    givenNames: given.size,
    commonGivenNames: commonGiven.size,
    personNouns: personNouns.size,
    corpusWords: lower.size,
  }),
);
