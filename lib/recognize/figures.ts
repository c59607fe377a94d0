/**
 * Figures: counts with the noun they count ("138 drones", "more than 40,000 residents",
 * "two ballistic missiles"), ages ("3-year-old girl") and durations ("five-hour meeting").
 * Key scheme: `<kind>:<lemma of what is measured>` ("count:drone", "age:woman",
 * "duration:hour"), so the same measure can be found in other articles.
 */
import type { FigureMatch } from './types';

const SMALL: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'];

/** Words that follow a number but are not what it counts. */
const NOT_NOUNS = new Set([
  'of', 'and', 'or', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'the', 'a', 'an', 'was', 'were',
  'is', 'are', 'had', 'have', 'has', 'said', 'says', 'who', 'which', 'that', 'percent', 'per', 'times',
  'more', 'less', 'than', 'other', 'others', 'each', 'more', 'did', 'would', 'will', 'could',
]);

const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'troops', 'sheep', 'staff']);

const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?:${Object.keys(SMALL).join('|')})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)`;
const QUALIFIER = String.raw`(?:(more than|fewer than|less than|at least|at most|about|around|nearly|almost|over|up to|some)\s+)?`;
const AGE = new RegExp(String.raw`\b(${NUMBER})-(year|month|week|day)-old\b(?:\s+([a-z]+))?`, 'giu');
const DURATION = new RegExp(String.raw`\b(${NUMBER})-(${UNITS.join('|')})\s+([a-z]+)`, 'giu');
const COUNT = new RegExp(String.raw`\b${QUALIFIER}(${NUMBER})(?:\s+(thousand|million|billion|trillion))?((?:\s+[a-z][a-z-]*){1,3})`, 'giu');

/** Parse a number word or digits ("40,000", "two", "twenty-five"). NaN when it is not one. */
export function parseNumber(raw: string): number {
  const s = raw.toLowerCase().replace(/,/g, '');
  if (/^\d/.test(s)) return Number(s);
  const [tens, unit] = s.split('-');
  return (SMALL[tens] ?? NaN) + (unit ? (SMALL[unit] ?? NaN) : 0);
}

/** Minimal English noun lemma: "drones" → "drone", "casualties" → "casualty". */
export function lemma(word: string): string {
  const w = word.toLowerCase();
  if (w === 'people' || w === 'men' || w === 'women' || w === 'children') return { people: 'people', men: 'man', women: 'woman', children: 'child' }[w] as string;
  if (/ies$/.test(w) && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(ss|us|is)$/.test(w)) return w;
  if (/(ches|shes|xes|sses)$/.test(w)) return w.slice(0, -2);
  if (/s$/.test(w) && w.length > 3) return w.slice(0, -1);
  return w;
}

/** The counted noun phrase: up to three lower-case words, stopping at function words. */
function countedPhrase(words: string): string[] {
  const out: string[] = [];
  for (const w of words.trim().split(/\s+/)) {
    if (NOT_NOUNS.has(w.toLowerCase()) || !/^[a-z][a-z-]*$/.test(w)) break;
    out.push(w);
    // The head noun of a counted phrase is plural: stop after it ("138 drones overnight").
    if (/[^s]s$/.test(w) || IRREGULAR_PLURALS.has(w)) break;
  }
  return out;
}

function overlaps(list: FigureMatch[], start: number, end: number): boolean {
  return list.some((f) => f.start < end && start < f.end);
}

/** Is the number glued to a name ("G7", "F-16", "Apollo 11", "COVID-19")? */
function insideName(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  return /[\p{L}\d-]$/u.test(before) || /\p{Lu}[\p{L}]*\s$/u.test(text.slice(Math.max(0, start - 20), start));
}

export function findFigures(text: string): FigureMatch[] {
  const found: FigureMatch[] = [];
  for (const m of text.matchAll(AGE)) {
    const value = parseNumber(m[1]);
    if (!Number.isFinite(value)) continue;
    const noun = m[3] && !NOT_NOUNS.has(m[3].toLowerCase()) ? m[3] : undefined;
    const end = m.index + (noun ? m[0].length : m[0].length - (m[3] ? m[3].length + 1 : 0));
    found.push({ kind: 'age', value, unit: m[2].toLowerCase(), counts: noun ? lemma(noun) : undefined, key: noun ? `age:${lemma(noun)}` : `age:${m[2].toLowerCase()}`, start: m.index, end, text: text.slice(m.index, end) });
  }
  for (const m of text.matchAll(DURATION)) {
    const value = parseNumber(m[1]);
    if (!Number.isFinite(value) || overlaps(found, m.index, m.index + m[0].length)) continue;
    const unit = m[2].toLowerCase();
    found.push({ kind: 'duration', value, unit, key: `duration:${unit}`, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  for (const m of text.matchAll(COUNT)) {
    const [, qualifier, numberText, scale, rest] = m;
    const numberStart = m.index + m[0].indexOf(numberText, qualifier ? qualifier.length : 0);
    if (insideName(text, numberStart)) continue;
    const words = countedPhrase(rest);
    if (!words.length) continue;
    let value = parseNumber(numberText);
    if (!Number.isFinite(value)) continue;
    if (scale) value *= SCALE[scale.toLowerCase()];
    // A bare year ("in 2024 troops") is a date, not a count.
    if (!qualifier && /^(1[89]|20)\d\d$/.test(numberText)) continue;
    const start = qualifier ? m.index : numberStart;
    const restStart = m.index + m[0].length - rest.length;
    const phraseEnd = restStart + rest.indexOf(words[words.length - 1]) + words[words.length - 1].length;
    if (overlaps(found, start, phraseEnd)) continue;
    const counted = [...words.slice(0, -1).map((w) => w.toLowerCase()), lemma(words[words.length - 1])].join(' ');
    found.push({ kind: 'count', value, counts: counted, qualifier: qualifier?.toLowerCase(), key: `count:${counted}`, start, end: phraseEnd, text: text.slice(start, phraseEnd) });
  }
  return found.sort((a, b) => a.start - b.start);
}
