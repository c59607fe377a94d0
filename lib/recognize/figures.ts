/**
 * Figures: counts with the noun they count ("138 drones", "more than 40,000 residents",
 * "two ballistic missiles"), ages ("3-year-old girl") and durations ("five-hour meeting");
 * dates, money, percentages and ranges come from figure-measures.ts.
 * Key scheme: `<kind>:<lemma of what is measured>` ("count:drone", "age:woman",
 * "duration:hour"), so the same measure can be found in other articles.
 */
import type { FigureMatch } from '../types/mention';

import { NUMBER, parseNumber, SCALE, SMALL } from './number-words';
import { findMeasures } from './figure-measures';
import { findElidedCounts } from './figure-elided';
import { findUnitMeasures } from './figure-units';
import { lemma } from './lemma';
import { isClosedWord, isDemonym, isPersonNoun } from './common-words';
import { ROLE_NOUNS } from './role-words';
import {
  UNITS,
  NOT_NOUNS,
  IRREGULAR_PLURALS,
  CASUALTY_WORDS,
  TIME_UNITS,
  CLOCK_WORDS,
  INTERFACE_NOUNS,
  FURNITURE_SLACK,
  ONE_IDIOMS,
} from './figure-words';

export { parseNumber };
/** Words before "one" that make it a pronoun ("no one", "the one", "every one"). */
const ONE_PRONOUN_BEFORE =
  /\b(?:no|the|any|every|each|that|this|which|someone|anyone|only|such)\s+$/i;

const QUALIFIER = String.raw`(?:(more than|fewer than|less than|at least|at most|about|around|nearly|almost|over|up to|some)\s+)?`;
const AGE = new RegExp(
  String.raw`\b(${NUMBER})-(year|month|week|day)-old\b(?:\s+([a-z]+))?`,
  'giu',
);
const DURATION = new RegExp(String.raw`\b(${NUMBER})-(${UNITS.join('|')})\s+([a-z]+)`, 'giu');
const COUNT = new RegExp(
  String.raw`\b${QUALIFIER}(${NUMBER})(?:\s+(hundred|thousand|million|billion|trillion))?(?=((?:\s+[a-z][a-z-]*(?![\p{L}\p{M}])){1,4}))`,
  'giu',
);

const isPlural = (w: string) =>
  /[^s]s$/.test(w) || /men$/.test(w) || IRREGULAR_PLURALS.has(w.toLowerCase());

/** Endings of adjectives that nouns seldom have ("comedic", "dangerous", "stressful"). */
const ADJECTIVE_ENDING = /(?:ic|ous|ful|less|ible|able)$/;

/** A singular word after "one" that is a verb, not what it counts ("One called", "one saying"). */
const VERB_LIKE = /(?:ed|ing)$/;
/**
 * After "one", a verb makes it the pronoun ("one might argue", "one wonders why"): a modal or
 * an auxiliary, or a word in -s, which a singular noun seldom is ("one bus", "one class",
 * "one virus", "one crisis" are kept).
 */
const VERB_AFTER_ONE = /^(?:might|may|must|should|can|cannot|shall|does|do|been|be|[a-z]*[^sui]s)$/;

/** Closed words (the lexicon's calendar words) that are counted all the same ("two weekends"). */
const CALENDAR_NOUNS = new Set([...TIME_UNITS, 'quarter', 'weekend']);

/** A capitalised word or an acronym ("Christians", "NASA", "African-American"). */
const CAPITALISED = /^\p{Lu}[\p{L}-]*$/u;
/**
 * A capitalised plural that names members of a group ("Christians", "Realtors", "Democrats",
 * "Muslims"), not a name that ends in s ("Arkansas", "Jones").
 */
const GROUP_PLURAL = /(?:ans|ists|ites|ers|ors|ats|ics|ims|ews|ees)$/;

/**
 * The counted noun phrase: up to four words, stopping at function words. For any number but
 * one it must end in a plural noun ("138 drones", "21 Christians", "two NASA astronauts") or be
 * a casualty word ("300 injured"): "5 pm", "two big" are not counts. After "one" the noun is
 * one lower-case word ("one person"): "One Nevada Democrat" is a pronoun and a name.
 */
function countedPhrase(words: string, singular: boolean): string[] {
  const out: string[] = [];
  for (const w of words.trim().split(/\s+/)) {
    const lower = w.toLowerCase();
    // A function word ends the phrase, capitalised too ("23 If your users", "12 as").
    if (NOT_NOUNS.has(lower) || CLOCK_WORDS.has(lower)) break;
    if (isClosedWord(lower) && !CALENDAR_NOUNS.has(lower.replace(/s$/, ''))) break;
    if (!/^[a-z][a-z-]*$/.test(w) && (singular || !CAPITALISED.test(w))) break;
    if (singular && out.length === 0 && (VERB_LIKE.test(w) || VERB_AFTER_ONE.test(lower))) break;
    out.push(w);
    // The head noun of a counted phrase is plural: stop after it ("138 drones overnight").
    if (isPlural(w) || (singular && out.length === 1)) break;
  }
  // "News" ends like "Jews" but names no members ("dead at 77 CBS News").
  const head = (w: string) =>
    CAPITALISED.test(w) ? GROUP_PLURAL.test(w) && w !== 'News' : isPlural(w);
  if (!singular)
    while (
      out.length &&
      !head(out[out.length - 1]) &&
      !(out.length === 1 && CASUALTY_WORDS.has(out[0].toLowerCase()))
    )
      out.pop();
  return out;
}

function overlaps(list: FigureMatch[], start: number, end: number): boolean {
  return list.some((f) => f.start < end && start < f.end);
}

/**
 * Is the number glued to a name or to another number ("G7", "F-16", "Apollo 11", "COVID-19",
 * the "36" of "5:36", the "50" of "0.50")?
 */
function insideName(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  // "1977–78" is a season, "’80" a year.
  if (/[\p{L}\p{M}\d\-–’']$/u.test(before) || /\d[:.,/]$/u.test(before)) return true;
  // "version 3.5" numbers a release, it counts nothing.
  if (VERSION_BEFORE.test(text.slice(Math.max(0, start - 10), start))) return true;
  // "Apollo 11", "Boeing 737": a capitalised word right before; but not a sentence's first
  // word or a function word ("All 120 economists", "About 50 people").
  const word = /(\p{Lu}[\p{L}]*)\s$/u.exec(text.slice(Math.max(0, start - 20), start))?.[1];
  return word !== undefined && !NOT_NAME_BEFORE.has(word.toLowerCase());
}

export const VERSION_BEFORE = /\b(?:versions?|v\.?|release)\s*$/i;

/** Capitalised words before a number that do not make it part of a name. */
const NOT_NAME_BEFORE = new Set(
  (
    'all about some nearly almost around only just over under the and but at in on of for by ' +
    'with from to after before since when while another those these its his her their our ' +
    'more than fewer less up roughly approximately some another every each'
  ).split(' '),
);

const ROLES: ReadonlySet<string> = new Set(ROLE_NOUNS);

/**
 * What a count of one counts: people ("one witness", "one person was killed") and time ("one
 * year", "nearly one quarter"). Before any other word "one" is a determiner far more often
 * than news of a single thing: "one object", "one instance", "one part of", and before an
 * adjective it names nothing at all ("one pretty", "one freshwater fish").
 */
function countsOne(word: string): boolean {
  const w = word.toLowerCase();
  return isPersonNoun(w) || ROLES.has(w) || CALENDAR_NOUNS.has(w);
}

/** "one" as a pronoun or in an idiom ("no one", "one of", "one day"), not a count of one. */
function pronounOne(
  text: string,
  numberStart: number,
  numberText: string,
  words: string[],
): boolean {
  if (numberText.toLowerCase() !== 'one') return false;
  return (
    ONE_PRONOUN_BEFORE.test(text.slice(Math.max(0, numberStart - 12), numberStart)) ||
    ONE_IDIOMS.has(words[0].toLowerCase()) ||
    // "one deeply democratic": an adverb after it, no counted noun.
    /ly$/i.test(words[0])
  );
}

/** Cheap tests for what the patterns below need (see the note on prefilters in figure-measures.ts). */
const HAS_NUMBER = new RegExp(String.raw`\d|\b(?:${Object.keys(SMALL).join('|')})`, 'i');
const HAS_AGE = /-old\b/i;
const HAS_DURATION = new RegExp(String.raw`-(?:${UNITS.join('|')})`, 'i');

/** Two or more spaces or tabs: a page's source indentation, which the map keeps one for one. */
const SPACE_RUN = /[^\S\n]{2,}/g;

/**
 * The figures of a block's text. A page's source wraps its lines anywhere, so a figure's
 * words can stand apart by a run of spaces ("27 January" and "2020" on two source lines of a
 * reference list, which the reader sees as one space): the patterns read the text with each
 * run as one space, and the figures' offsets are mapped back to the text as it is.
 */
export function findFigures(text: string): FigureMatch[] {
  if (!/[^\S\n]{2}/.test(text)) return figuresIn(text);
  const origin: number[] = [];
  let squeezed = '';
  let from = 0;
  for (const m of text.matchAll(SPACE_RUN)) {
    for (let i = from; i < m.index; i++) origin.push(i);
    squeezed += text.slice(from, m.index) + ' ';
    origin.push(m.index);
    from = m.index + m[0].length;
  }
  for (let i = from; i < text.length; i++) origin.push(i);
  squeezed += text.slice(from);
  origin.push(text.length);
  return figuresIn(squeezed).map((f) => ({
    ...f,
    start: origin[f.start],
    end: origin[f.end - 1] + 1,
  }));
}

function figuresIn(text: string): FigureMatch[] {
  // Dates, money, percentages, ranges and units first: their numbers must not be read as counts.
  const found: FigureMatch[] = findMeasures(text);
  if (!HAS_NUMBER.test(text)) return found;
  findUnitMeasures(text, found);
  if (HAS_AGE.test(text))
    for (const m of text.matchAll(AGE)) {
      const value = parseNumber(m[1]);
      if (!(value > 0)) continue;
      // A capitalised word after the age is the next name ("a 24-year-old Air Force
      // sergeant"), unless it names a people ("a 19-year-old American").
      const noun =
        m[3] &&
        !NOT_NOUNS.has(m[3].toLowerCase()) &&
        (!/^\p{Lu}/u.test(m[3]) || isDemonym(m[3].toLowerCase()))
          ? m[3]
          : undefined;
      const end = m.index + (noun ? m[0].length : m[0].length - (m[3] ? m[3].length + 1 : 0));
      found.push({
        kind: 'age',
        value,
        unit: m[2].toLowerCase(),
        counts: noun ? lemma(noun) : undefined,
        key: noun ? `age:${lemma(noun)}` : `age:${m[2].toLowerCase()}`,
        start: m.index,
        end,
        text: text.slice(m.index, end),
      });
    }
  if (HAS_DURATION.test(text))
    for (const m of text.matchAll(DURATION)) {
      const value = parseNumber(m[1]);
      // "zero-hour contracts" are a kind of contract, not a duration; a name after it is a
      // kind of the named thing ("the 10-year Treasury note"), not what lasts.
      if (!(value > 0) || overlaps(found, m.index, m.index + m[0].length)) continue;
      if (/^\p{Lu}/u.test(m[3])) continue;
      const unit = m[2].toLowerCase();
      // An adjective after it is not what lasts ("a 6-minute comedic short film"): the
      // duration alone.
      const end =
        m.index + (ADJECTIVE_ENDING.test(m[3]) ? m[0].length - m[3].length - 1 : m[0].length);
      found.push({
        kind: 'duration',
        value,
        unit,
        key: `duration:${unit}`,
        start: m.index,
        end,
        text: text.slice(m.index, end),
      });
    }
  findVagueCounts(text, found);
  findBareAges(text, found);
  findElidedCounts(text, found);
  for (const m of text.matchAll(COUNT)) {
    const [, qualifier, numberText, scale, rest] = m;
    const numberStart = m.index + m[0].indexOf(numberText, qualifier ? qualifier.length : 0);
    if (insideName(text, numberStart)) continue;
    let value = parseNumber(numberText);
    if (!Number.isFinite(value)) continue;
    const singular = value === 1 && !scale;
    const words = countedPhrase(rest, singular);
    if (!words.length || pronounOne(text, numberStart, numberText, words)) continue;
    if (singular && !countsOne(words[0])) continue;
    if (scale) value *= SCALE[scale.toLowerCase()];
    // A bare year ("in 2024 troops") is a date, not a count.
    if (!qualifier && /^(1[89]|20)\d\d$/.test(numberText)) continue;
    const start = qualifier ? m.index : numberStart;
    // The counted words are read ahead, not taken: a number among them starts its own count.
    const restStart = m.index + m[0].length;
    const phraseEnd =
      restStart + rest.indexOf(words[words.length - 1]) + words[words.length - 1].length;
    if (overlaps(found, start, phraseEnd)) continue;
    const head = lemma(words[words.length - 1]);
    if (INTERFACE_NOUNS.has(head) && text.trim().length <= phraseEnd - start + FURNITURE_SLACK)
      continue;
    const counted = [
      ...words.slice(0, -1).map((w) => w.toLowerCase()),
      lemma(words[words.length - 1]),
    ].join(' ');
    if (words.length === 1 && TIME_UNITS.has(head)) {
      pushDuration(text, found, { start, end: phraseEnd, value, unit: head, qualifier });
      continue;
    }
    found.push({
      kind: 'count',
      value,
      counts: counted,
      qualifier: qualifier?.toLowerCase(),
      key: `count:${counted}`,
      start,
      end: phraseEnd,
      text: text.slice(start, phraseEnd),
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * "six months", "two decades": a duration; "seven years old" is an age (its span takes "old").
 */
function pushDuration(
  text: string,
  found: FigureMatch[],
  at: { start: number; end: number; value: number; unit: string; qualifier?: string },
): void {
  const old = at.unit === 'year' || at.unit === 'month' ? /^ old\b/.exec(text.slice(at.end)) : null;
  const end = old ? at.end + old[0].length : at.end;
  found.push({
    kind: old ? 'age' : 'duration',
    value: at.value,
    unit: at.unit,
    qualifier: at.qualifier?.toLowerCase(),
    key: `${old ? 'age' : 'duration'}:${at.unit}`,
    start: at.start,
    end,
    text: text.slice(at.start, end),
  });
}

/** "hundreds of Islamists", "tens of thousands of civilians": a count whose size is a scale word. */
const VAGUE =
  /\b((?:[Tt]ens of |[Hh]undreds of )?(?:[Dd]ozens|[Hh]undreds|[Tt]housands|[Mm]illions|[Bb]illions))(?: of ((?:(?:[a-z][a-z-]*|\p{Lu}[\p{L}-]*) ){0,3}?(?:[a-z][a-z-]*s|\p{Lu}\p{Ll}+(?:ans|ists|ites|ese)|people|men|women|children))(?![\p{L}\p{M}])|(?=\s*[.,;:!?)"”’—–]|$))/gu;
const VAGUE_SIZE: Record<string, number> = {
  dozens: 24,
  hundreds: 200,
  thousands: 2000,
  millions: 2e6,
  billions: 2e9,
};

function findVagueCounts(text: string, found: FigureMatch[]): void {
  if (!/dozens|hundreds|thousands|millions|billions/i.test(text)) return;
  for (const m of text.matchAll(VAGUE)) {
    const end = m.index + m[0].length;
    if (overlaps(found, m.index, end)) continue;
    const scale = m[1].toLowerCase();
    // "in the tens of thousands.": the size alone, its noun left out; "thousands" alone is not.
    if (m[2] === undefined && !scale.includes(' of ')) continue;
    const words = m[2]?.trim().split(/\s+/) ?? [];
    const counted = words.length
      ? [
          ...words.slice(0, -1).map((w) => w.toLowerCase()),
          lemma(words[words.length - 1].toLowerCase()),
        ].join(' ')
      : undefined;
    const last = scale.split(' ').pop()!;
    found.push({
      kind: 'count',
      value:
        VAGUE_SIZE[last] *
        (scale.startsWith('tens of') ? 10 : scale.startsWith('hundreds of ') ? 100 : 1),
      counts: counted,
      qualifier: `${scale} of`,
      key: `count:${counted ?? 'number'}`,
      start: m.index,
      end,
      text: m[0],
    });
  }
}

/**
 * "Roof, 21, was …", "Parata, 75, has": news gives an age in commas right after a name; a
 * comma with a digit after it groups thousands ("Samoan, 51,336 lived").
 */
const BARE_AGE = /(?<=\p{Lu}[\p{Ll}'’-]+, )(\d{1,3})(?=,\s)/gu;

function findBareAges(text: string, found: FigureMatch[]): void {
  for (const m of text.matchAll(BARE_AGE)) {
    const value = Number(m[1]);
    const end = m.index + m[0].length;
    if (value < 1 || value > 120 || overlaps(found, m.index, end)) continue;
    found.push({
      kind: 'age',
      value,
      unit: 'year',
      key: 'age:year',
      start: m.index,
      end,
      text: m[0],
    });
  }
}
