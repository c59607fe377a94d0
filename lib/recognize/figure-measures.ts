/**
 * Dates, money, percentages and ranges. Keys: `date`, `money:<currency>`, `percent`,
 * `range:<lemma of what is counted>`. A date's value is the day's UTC epoch ms.
 */
import { lemma } from './lemma';
import { INDIAN_GROUPS, NUMBER, parseNumber, SCALE } from './number-words';
import type { FigureMatch } from '../types/mention';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
const DATE_MDY = new RegExp(String.raw`\b${MONTH} (\d{1,2}),? (\d{4})\b`, 'g');
const DATE_DMY = new RegExp(String.raw`\b(\d{1,2}) ${MONTH},? (\d{4})\b`, 'g');
/** A day without its year ("March 25", "20 November"), and a month with its year ("May 2014"). */
const DAY_MD = new RegExp(String.raw`\b${MONTH} (\d{1,2})(?![\d,:.]\d|\d)(?!,? \d)`, 'g');
const DAY_DM = new RegExp(String.raw`\b(\d{1,2}) ${MONTH}(?![\p{L}])(?!,? \d)`, 'gu');
const MONTH_YEAR = new RegExp(String.raw`\b${MONTH} (\d{4})\b`, 'g');
const DATE_ISO = /(?<![\w/.-])(\d{4})-(\d{2})-(\d{2})(?![\w/-])/g;

/** Currency symbols and the currencies they stand for (also read in other languages). */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  $: 'USD',
  '£': 'GBP',
  '€': 'EUR',
  '¥': 'JPY',
  '₹': 'INR',
  '₴': 'UAH',
  '₽': 'RUB',
};
const WORDS: Record<string, string> = {
  dollar: 'USD',
  dollars: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  // "Pounds" alone is a weight ("500 pounds" of fish: figure-unit-lexicon.ts); £ is the currency.
  'pounds sterling': 'GBP',
  'pound sterling': 'GBP',
  rouble: 'RUB',
  roubles: 'RUB',
  ruble: 'RUB',
  rubles: 'RUB',
  hryvnia: 'UAH',
  hryvnias: 'UAH',
  yuan: 'CNY',
  yen: 'JPY',
  rupee: 'INR',
  rupees: 'INR',
};
// "$8 billion", "$8bn" and, as some outlets write it before a noun, "$8-billion".
const SCALES = String.raw`(?:(?:\s|-)?(hundred|thousand|million|billion|trillion|bn|m|k)\b)?`;
const MONEY_SYMBOL = new RegExp(
  String.raw`(?<![\w$£€¥₹₴₽])(?:US|A|C|HK)?([$£€¥₹₴₽])\s?(${INDIAN_GROUPS}|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)${SCALES}`,
  'gi',
);
const MONEY_WORD = new RegExp(
  String.raw`\b(${NUMBER})${SCALES}\s(${Object.keys(WORDS).join('|')})\b`,
  'gi',
);
const AMOUNT = String.raw`(${INDIAN_GROUPS}|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const SYMBOL_PREFIX = String.raw`(?:US|A|C|HK)?([$£€¥₹₴₽])`;
/** "$24 to $28", "between $5 and $6", "$2-3 billion": one currency, two amounts. */
const MONEY_RANGE = new RegExp(
  String.raw`(?<![\w$£€¥₹₴₽])(between\s)?${SYMBOL_PREFIX}\s?${AMOUNT}${SCALES}\s?(and|to|-|–)\s?(?:${SYMBOL_PREFIX}\s?)?${AMOUNT}${SCALES}`,
  'gi',
);
/** A hedge that makes "and" or "or" join a range ("two and possibly three hikes"). */
const HEDGE = String.raw`(?:even|possibly|perhaps|maybe|probably)`;
/** "between 0.50 percent and 0.75 percent", "2% to 3%", "5-10 per cent", "five and even six per cent". */
const PERCENT_RANGE = new RegExp(
  String.raw`\b(between\s)?(${NUMBER})(?:\s?(?:%|percent|per cent))?\s?((?:and|or) ${HEDGE}|and|to|-|–)\s?(${NUMBER})\s?(?:%|percent\b|per cent\b)`,
  'gi',
);
const PERCENT = new RegExp(String.raw`\b(${NUMBER})(?:\s|-)?(%|percent\b|per cent\b)`, 'gi');
const RANGE = new RegExp(
  String.raw`\b(?:between (${NUMBER}) and (${NUMBER})|(\d+(?:,\d{3})*)\s?(?:-|–|to)\s?(\d+(?:,\d{3})*)|(${NUMBER}) (?:or|(?:and|or) ${HEDGE}) (${NUMBER})(?=\s+[a-z]))((?:\s+[a-z][a-z-]*){1,2})?`,
  'gi',
);

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

const free = (found: FigureMatch[], start: number, end: number) =>
  !found.some((f) => f.start < end && start < f.end);

/**
 * What a date names: a day of a known year, a day whose year the text leaves out (its value is
 * that day in the leap year 2000, so 29 February is possible), or a whole month.
 */
export type DatePrecision = 'day' | 'day-no-year' | 'month';

function pushDate(
  found: FigureMatch[],
  start: number,
  text: string,
  y: number,
  m: number,
  d: number,
  precision: DatePrecision = 'day',
) {
  // A full month name's dot ends the sentence ("on 20 November."); only abbreviations keep it.
  if (/(?:uary|ch|il|May|une|uly|ust|ber)\.$/.test(text)) text = text.slice(0, -1);
  const ms = Date.UTC(y, m, d);
  if (m < 0 || d < 1 || d > 31 || y < 1800 || y > 2200 || !Number.isFinite(ms)) return;
  // "February 30" is not a day: Date.UTC would roll it over into March.
  if (new Date(ms).getUTCDate() !== d) return;
  if (!free(found, start, start + text.length)) return;
  found.push({
    kind: 'date',
    value: ms,
    key: 'date',
    ...(precision === 'day' ? {} : { unit: precision }),
    start,
    end: start + text.length,
    text,
  });
}

/** A sum of money found at `start` (the same shape in every language). */
export function moneyAt(start: number, text: string, value: number, unit: string): FigureMatch {
  return {
    kind: 'money',
    value,
    unit,
    key: `money:${unit}`,
    start,
    end: start + text.length,
    text,
  };
}

/** A percentage found at `start`. */
export function percentAt(start: number, text: string, value: number): FigureMatch {
  return {
    kind: 'percent',
    value,
    unit: '%',
    key: 'percent',
    start,
    end: start + text.length,
    text,
  };
}

const isYear = (n: number) => Number.isInteger(n) && n >= 1800 && n <= 2100;

/**
 * What each pattern cannot match without: a block lacking it skips that pattern. Most blocks
 * hold no measure at all, and the full patterns are the costly part of a cold start (V8 drops
 * the compiled code of unused regular expressions at garbage collection, and recompiling these
 * took about 4 ms on a page's first paragraphs); these tests are small and cheap to compile.
 */
const HAS_DIGIT = /\d/;
const HAS_SYMBOL = /[$£€¥₹₴₽]/;
const HAS_CURRENCY_WORD = /euro|dollar|sterling|roubl|rubl|hryvni|yuan|yen|rupee/i;
const HAS_PERCENT = /%|per ?cent/i;
const HAS_BETWEEN = /between/i;
const HAS_MONTH = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const HAS_ISO_DATE = /\d{4}-\d\d-\d\d/;
const HAS_DIGIT_RANGE = /\d\s?(?:-|–|to)\s?\d/i;

/** A range of sums or of percentages: value and valueMax in one unit ("USD", "%"). */
function pushRange(
  found: FigureMatch[],
  start: number,
  text: string,
  low: number,
  high: number,
  unit: string,
) {
  if (!Number.isFinite(low) || !Number.isFinite(high) || high <= low) return;
  if (!free(found, start, start + text.length)) return;
  found.push({
    kind: 'range',
    value: low,
    valueMax: high,
    unit,
    key: `range:${unit}`,
    start,
    end: start + text.length,
    text,
  });
}

function findMoneyRanges(text: string, found: FigureMatch[]) {
  for (const m of text.matchAll(MONEY_RANGE)) {
    const [whole, between, symbol, low, lowScale, joint, symbol2, high, highScale] = m;
    // "and" joins two sums into a range only after "between"; another currency is no range.
    if ((joint.toLowerCase() === 'and') !== Boolean(between)) continue;
    if (symbol2 && symbol2 !== symbol) continue;
    // "$2-3 billion": the scale written once is the scale of both.
    const scaleOf = (s: string | undefined) => (s ? SCALE[s.toLowerCase()] : 1);
    const highFactor = scaleOf(highScale);
    const lowFactor = lowScale ? scaleOf(lowScale) : highFactor;
    pushRange(
      found,
      m.index,
      whole,
      parseNumber(low) * lowFactor,
      parseNumber(high) * highFactor,
      CURRENCY_SYMBOLS[symbol],
    );
  }
}

function findPercentRanges(text: string, found: FigureMatch[]) {
  for (const m of text.matchAll(PERCENT_RANGE)) {
    const [whole, between, low, joint, high] = m;
    if ((joint.toLowerCase() === 'and') !== Boolean(between)) continue;
    if (between && joint.includes(' ')) continue;
    // Part of a longer number or a time ("1.5-2", "5:30-6").
    if (/[\d:.,/]$/.test(text.slice(Math.max(0, m.index - 1), m.index))) continue;
    pushRange(found, m.index, whole, parseNumber(low), parseNumber(high), '%');
  }
}

export function findMeasures(text: string): FigureMatch[] {
  const found: FigureMatch[] = [];
  const digit = HAS_DIGIT.test(text);
  const currencyWord = HAS_CURRENCY_WORD.test(text);
  const percent = HAS_PERCENT.test(text);
  const between = HAS_BETWEEN.test(text);
  const or = text.includes(' or ') || / and (?:even|possibly|perhaps|maybe|probably) /.test(text);
  if (!digit && !currencyWord && !percent && !between && !or) return found;
  if (digit && HAS_MONTH.test(text)) {
    for (const m of text.matchAll(DATE_MDY))
      pushDate(found, m.index, m[0], Number(m[3]), monthIndex(m[1]), Number(m[2]));
    for (const m of text.matchAll(DATE_DMY))
      pushDate(found, m.index, m[0], Number(m[3]), monthIndex(m[2]), Number(m[1]));
    for (const m of text.matchAll(MONTH_YEAR))
      pushDate(found, m.index, m[0], Number(m[2]), monthIndex(m[1]), 1, 'month');
    for (const m of text.matchAll(DAY_MD))
      pushDate(found, m.index, m[0], 2000, monthIndex(m[1]), Number(m[2]), 'day-no-year');
    for (const m of text.matchAll(DAY_DM))
      pushDate(found, m.index, m[0], 2000, monthIndex(m[2]), Number(m[1]), 'day-no-year');
  }
  if (digit && HAS_ISO_DATE.test(text))
    for (const m of text.matchAll(DATE_ISO))
      if (free(found, m.index, m.index + m[0].length))
        pushDate(found, m.index, m[0], Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (digit && HAS_SYMBOL.test(text)) findMoneyRanges(text, found);
  if (percent) findPercentRanges(text, found);
  if (digit && HAS_SYMBOL.test(text))
    for (const m of text.matchAll(MONEY_SYMBOL)) {
      const value = parseNumber(m[2]) * (m[3] ? SCALE[m[3].toLowerCase()] : 1);
      const unit = CURRENCY_SYMBOLS[m[1]];
      if (Number.isFinite(value) && free(found, m.index, m.index + m[0].length))
        found.push(moneyAt(m.index, m[0], value, unit));
    }
  if (currencyWord)
    for (const m of text.matchAll(MONEY_WORD)) {
      const value = parseNumber(m[1]) * (m[2] ? SCALE[m[2].toLowerCase()] : 1);
      const unit = WORDS[m[3].toLowerCase()];
      if (Number.isFinite(value) && free(found, m.index, m.index + m[0].length))
        found.push(moneyAt(m.index, m[0], value, unit));
    }
  if (percent)
    for (const m of text.matchAll(PERCENT)) {
      const value = parseNumber(m[1]);
      if (Number.isFinite(value) && free(found, m.index, m.index + m[0].length))
        found.push(percentAt(m.index, m[0], value));
    }
  if ((digit && HAS_DIGIT_RANGE.test(text)) || between || or)
    for (const m of text.matchAll(RANGE)) {
      const low = parseNumber(m[1] ?? m[3] ?? m[5]);
      const high = parseNumber(m[2] ?? m[4] ?? m[6]);
      const noun = m[7]
        ?.trim()
        .split(/\s+/)
        .find((w) => /s$|people|men|women|children/.test(w));
      // A bare "10-15" with no noun, or a backwards pair, is not a range of anything.
      if (!Number.isFinite(low) || !Number.isFinite(high) || high <= low || (!m[1] && !noun))
        continue;
      // Years and year spans ("2007-2009", "between 2010 and 2014") are periods, not counts.
      if (isYear(low) && isYear(high)) continue;
      // Part of a time, a score or a longer number ("5:30-6:00", "1.5-2").
      if (/[\d:.,/]$/.test(text.slice(Math.max(0, m.index - 1), m.index))) continue;
      const end = noun
        ? m.index + m[0].indexOf(noun, m[0].length - (m[7]?.length ?? 0)) + noun.length
        : m.index + m[0].length - (m[7]?.length ?? 0);
      if (!free(found, m.index, end)) continue;
      const counts = noun ? lemma(noun) : undefined;
      found.push({
        kind: 'range',
        value: low,
        valueMax: high,
        counts,
        key: `range:${counts ?? 'number'}`,
        start: m.index,
        end,
        text: text.slice(m.index, end),
      });
    }
  return found;
}
