/**
 * How a figure card states its figure: a date as a date, a range as a range, a count with its
 * noun, a measure, duration or age with its unit ("190 km", "16 square miles", "6 months",
 * "3 years old").
 */
import { formatDate, formatNumber } from './format';
import type { Figure } from '../types/mention';

const IRREGULAR: Record<string, string> = {
  foot: 'feet',
  inch: 'inches',
  century: 'centuries',
  mph: 'mph',
  horsepower: 'horsepower',
};

/** A unit as written after a value: symbols stay ("km", "MHz"), words take a plural ("miles"). */
export function unitText(unit: string, value: number): string {
  if (value === 1 || !/^[a-z][a-z -]{2,}$/.test(unit)) return unit;
  const perDay = / a day$/.exec(unit);
  if (perDay) return unitText(unit.slice(0, perDay.index), value) + perDay[0];
  const words = unit.split(' ');
  const last = words.pop()!;
  return [...words, IRREGULAR[last] ?? `${last}s`].join(' ');
}

const isPercent = (unit: string | undefined) => unit === '%';

/** The words a figure's text is made with; the card passes those of the reader's language. */
export interface FigureWords {
  /** Joins a range's ends. */
  to: string;
  /** An age in years ("20 years old"), given the number as shown. */
  yearsOld: (years: string) => string;
}

const ENGLISH: FigureWords = { to: 'to', yearsOld: (years) => `${years} years old` };

export function describeFigure(f: Figure, words: FigureWords = ENGLISH): string {
  const { to } = words;
  if (f.kind === 'date') return formatDate(f.value, f.unit);
  // A count whose size is a scale word ("hundreds of") says so rather than a made-up number.
  if (f.qualifier?.endsWith(' of'))
    return f.counts ? [f.qualifier, f.counts].join(' ') : f.qualifier.slice(0, -3);
  const number = (v: number) => (isPercent(f.unit) ? `${formatNumber(v)}%` : formatNumber(v));
  let what: string;
  switch (f.kind) {
    case 'percent':
      what = '';
      break;
    case 'measure':
    case 'duration':
      what = f.unit ? unitText(f.unit, f.valueMax ?? f.value) : '';
      break;
    case 'age':
      if (!f.unit || f.unit === 'year')
        return [f.qualifier, words.yearsOld(number(f.value))].filter(Boolean).join(' ');
      what = `${unitText(f.unit, f.value)} old`;
      break;
    case 'range':
      what = f.unit === '%' ? '' : (f.counts ?? f.unit ?? '');
      break;
    default:
      what = f.counts ?? f.unit ?? '';
  }
  return [
    f.qualifier,
    number(f.value),
    f.valueMax !== undefined ? `${to} ${number(f.valueMax)}` : '',
    what,
  ]
    .filter(Boolean)
    .join(' ');
}
