/**
 * Figures in text that is not English. Number words, counted nouns and month names are English
 * in the figure patterns, so elsewhere only what parses without them is kept: percentages and
 * money written with digits and a symbol, read with the language's own separators ("12,5 %" in
 * French is twelve and a half). A number whose separators are ambiguous is left out. French
 * text also gets its counts, durations and dates (figure-french.ts).
 */
import { CURRENCY_SYMBOLS, moneyAt, percentAt } from './figure-measures';
import { findFrenchFigures } from './figure-french';
import { parseLocalNumber } from './figure-local-number';
import type { FigureMatch } from '../types/mention';

/** Languages that write a decimal comma (and group thousands with dots or spaces). */
const DECIMAL_COMMA = new Set(
  'fr de es it pt nl ru uk pl cs sk ro sv da no nb fi tr el hu bg hr sl sr id'.split(' '),
);

const DIGITS = String.raw`\d{1,3}(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;
const PERCENT = new RegExp(String.raw`(?<![\p{L}\p{N}.,])(${DIGITS})[\u00a0\u202f ]?%`, 'gu');
const MONEY = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])(?:([$£€¥₹₴₽])[\u00a0\u202f ]?(${DIGITS})|(${DIGITS})[\u00a0\u202f ]?([$£€¥₹₴₽]))(?![\p{L}\p{N}])`,
  'gu',
);

export function findForeignFigures(text: string, language: string | undefined): FigureMatch[] {
  const decimalComma = language !== undefined && DECIMAL_COMMA.has(language);
  const found: FigureMatch[] = [];
  for (const m of text.matchAll(PERCENT)) {
    const value = parseLocalNumber(m[1], decimalComma);
    if (!Number.isFinite(value)) continue;
    found.push(percentAt(m.index, m[0], value));
  }
  for (const m of text.matchAll(MONEY)) {
    const value = parseLocalNumber(m[2] ?? m[3], decimalComma);
    const unit = CURRENCY_SYMBOLS[m[1] ?? m[4]];
    if (!Number.isFinite(value) || !unit) continue;
    found.push(moneyAt(m.index, m[0], value, unit));
  }
  // Counts, durations and dates need the language's own words: French is the one read so far.
  if (language === 'fr') findFrenchFigures(text, found);
  return found.sort((a, b) => a.start - b.start);
}

export { parseLocalNumber };
