/**
 * Figures in French text beyond symbols: counts with their noun ("75 députés", "trois
 * sénateurs", "deux Français"), durations ("vingt ans", "jusqu’à dix ans"), dates ("5 mai",
 * "5 mai 2015"), sums in words ("3 millions d’euros") and vote tallies ("438 contre 86",
 * "(sur 288)"). Keys and units are the English ones ("count:député", "duration:year"), so a
 * card reads the same on every page.
 */
import { moneyAt } from './figure-measures';
import { parseLocalNumber } from './figure-local-number';
import type { FigureMatch } from '../types/mention';

const UNITS: Record<string, number> = {
  zéro: 0,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  cent: 100,
  cents: 100,
  mille: 1000,
  un: 1,
  une: 1,
  et: 0,
};
/** Number words; "un" and "une" only inside a compound ("vingt et un"): alone they are articles. */
const WORD = String.raw`(?:zéro|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille)`;
const WORDS = String.raw`${WORD}(?:(?:-| et |-et-)(?:${WORD}|un|une)| (?:cents?|mille)(?![\p{L}]))*`;
const DIGITS = String.raw`\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
const NUMBER = String.raw`(${DIGITS}|${WORDS})`;

/** "quatre-vingt-dix" → 90, "deux cents" → 200, "vingt et un" → 21. */
export function parseFrenchNumber(raw: string): number {
  if (/^\d/.test(raw)) return parseLocalNumber(raw, true);
  let total = 0;
  let current = 0;
  for (const w of raw.toLowerCase().split(/-| /)) {
    const n = UNITS[w];
    if (n === undefined) return NaN;
    if (w.startsWith('cent')) current = (current || 1) * 100;
    else if (w === 'mille') {
      total += (current || 1) * 1000;
      current = 0;
    } else if (w.startsWith('vingt') && current % 100 === 4) current += 76;
    else current += n;
  }
  return total + current;
}

const QUALIFIERS: Record<string, string> = {
  'jusqu’à': 'up to',
  "jusqu'à": 'up to',
  'plus de': 'more than',
  'moins de': 'less than',
  'près de': 'nearly',
  environ: 'about',
  'au moins': 'at least',
  quelque: 'some',
};
const QUALIFIER = String.raw`(?:(jusqu[’']à|plus de|moins de|près de|environ|au moins|quelque)\s+)?`;

const DURATIONS: Record<string, string> = {
  an: 'year',
  ans: 'year',
  année: 'year',
  années: 'year',
  mois: 'month',
  semaine: 'week',
  semaines: 'week',
  jour: 'day',
  jours: 'day',
  heure: 'hour',
  heures: 'hour',
  minute: 'minute',
  minutes: 'minute',
  décennie: 'decade',
  décennies: 'decade',
  siècle: 'century',
  siècles: 'century',
};

/** Words ending in s or x after a number that are not what it counts. */
const NOT_NOUNS = new Set(
  (
    'les des ces mes tes ses nos vos leurs dans sous sans plus moins pas très après depuis mais ' +
    'puis alors jamais toujours vers chez lors hors parmi selon dès mois ans fois aux ceux eux ' +
    'nous vous ils elles deux trois six dix'
  ).split(' '),
);
/** Adjectives that come before the noun ("trois autres députés", "les 3 premiers jours"). */
const BEFORE_NOUN = new Set(
  'autres premiers premières derniers dernières nouveaux nouvelles anciens anciennes grands grandes petits petites'.split(
    ' ',
  ),
);

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

const L = String.raw`\p{L}\p{M}`;
const COUNT = new RegExp(
  String.raw`(?<![${L}\p{N},.])${QUALIFIER}${NUMBER}(?:\s(millions?|milliards?))?(?![${L}\p{N}])((?:\s[${L}'’-]+){1,2})`,
  'giu',
);
const DATE = new RegExp(
  String.raw`(?<![${L}\p{N}])(1er|\d{1,2}) (${MONTHS.join('|')})(?: (\d{4}))?(?![${L}\p{N}])`,
  'giu',
);
const MONEY = new RegExp(
  String.raw`(?<![${L}\p{N},.])${NUMBER}(?:\s(millions?|milliards?))?\s(?:d[’']|de\s)?(euros|dollars)(?![${L}])`,
  'giu',
);
/** "438 contre 86": a vote; "(sur 288)": out of how many. */
const TALLY = new RegExp(
  String.raw`(?<![${L}\p{N},.])(${DIGITS}) contre (${DIGITS})(?![${L}\p{N}])|\(sur (${DIGITS})\)`,
  'gu',
);

const free = (found: FigureMatch[], start: number, end: number) =>
  !found.some((f) => f.start < end && start < f.end);
const isYear = (raw: string) => /^(1[89]|20)\d\d$/.test(raw);
const SCALES: Record<string, number> = {
  million: 1e6,
  millions: 1e6,
  milliard: 1e9,
  milliards: 1e9,
};

/** A plural noun (or a demonym: "Français") in lower case or capitalised. */
const isPluralNoun = (w: string) =>
  /^[\p{L}][\p{L}'’-]*[sx]$/u.test(w) && !NOT_NOUNS.has(w.toLowerCase()) && !/['’]/.test(w);

export function findFrenchFigures(text: string, found: FigureMatch[]): void {
  for (const m of text.matchAll(DATE)) {
    const day = m[1] === '1er' ? 1 : Number(m[1]);
    const month = MONTHS.indexOf(m[2].toLowerCase());
    const year = m[3] ? Number(m[3]) : 2000;
    const ms = Date.UTC(year, month, day);
    if (
      day < 1 ||
      new Date(ms).getUTCDate() !== day ||
      !free(found, m.index, m.index + m[0].length)
    )
      continue;
    found.push({
      kind: 'date',
      value: ms,
      key: 'date',
      ...(m[3] ? {} : { unit: 'day-no-year' }),
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
    });
  }
  for (const m of text.matchAll(MONEY)) {
    const value = parseFrenchNumber(m[1]) * (m[2] ? SCALES[m[2].toLowerCase()] : 1);
    if (!Number.isFinite(value) || !free(found, m.index, m.index + m[0].length)) continue;
    found.push(moneyAt(m.index, m[0], value, m[3].toLowerCase() === 'euros' ? 'EUR' : 'USD'));
  }
  for (const m of text.matchAll(TALLY)) {
    if (m[3] !== undefined) {
      const start = m.index + m[0].indexOf(m[3]);
      pushCount(found, start, m[3], parseLocalNumber(m[3], true), undefined, 'count:number');
      continue;
    }
    const second = m.index + m[0].lastIndexOf(m[2]);
    pushCount(found, m.index, m[1], parseLocalNumber(m[1], true), 'vote', 'count:vote');
    pushCount(found, second, m[2], parseLocalNumber(m[2], true), 'vote', 'count:vote');
  }
  for (const m of text.matchAll(COUNT)) {
    const [whole, qualifier, numberText, scale, rest] = m;
    if (isYear(numberText)) continue;
    let value = parseFrenchNumber(numberText);
    if (!Number.isFinite(value)) continue;
    if (scale) value *= SCALES[scale.toLowerCase()];
    const words = rest.trim().split(/\s+/);
    // "1,5 million de personnes": the scale's "de" comes before the noun.
    if (scale && /^d(?:e|[’'])/i.test(words[0])) {
      words[0] = words[0].replace(/^d(?:e|[’'])/i, '');
      if (!words[0]) words.shift();
    }
    if (!words.length) continue;
    const restStart = m.index + whole.length - rest.length;
    const first = words[0];
    const unit = DURATIONS[first.toLowerCase()];
    let counted: string[];
    if (unit) counted = [first];
    else if (BEFORE_NOUN.has(first.toLowerCase()) && words[1] && isPluralNoun(words[1]))
      counted = words.slice(0, 2);
    else if (isPluralNoun(first)) counted = [first];
    else continue;
    const last = counted[counted.length - 1];
    const end = restStart + rest.indexOf(last) + last.length;
    if (!free(found, m.index, end)) continue;
    const q = qualifier ? QUALIFIERS[qualifier.toLowerCase()] : undefined;
    if (unit) {
      found.push({
        kind: 'duration',
        value,
        unit,
        qualifier: q,
        key: `duration:${unit}`,
        start: m.index,
        end,
        text: text.slice(m.index, end),
      });
      continue;
    }
    const noun = counted.map((w) => w.toLowerCase().replace(/[sx]$/, '')).join(' ');
    found.push({
      kind: 'count',
      value,
      counts: noun,
      qualifier: q,
      key: `count:${noun}`,
      start: m.index,
      end,
      text: text.slice(m.index, end),
    });
  }
}

function pushCount(
  found: FigureMatch[],
  start: number,
  raw: string,
  value: number,
  counts: string | undefined,
  key: string,
): void {
  const end = start + raw.length;
  if (!Number.isFinite(value) || isYear(raw) || !free(found, start, end)) return;
  found.push({ kind: 'count', value, counts, key, start, end, text: raw });
}
