/** How a figure card states its figure: a date as a date, a range as a range, a count with its noun. */
import { formatDate, formatNumber } from './format';
import type { Figure } from '../types/mention';

/** `to` joins a range's ends: the card passes the word of the reader's language. */
export function describeFigure(f: Figure, to = 'to'): string {
  if (f.kind === 'date') return formatDate(f.value, f.unit);
  const what = f.kind === 'percent' ? '' : (f.counts ?? f.unit ?? '');
  const value = f.kind === 'percent' ? `${formatNumber(f.value)}%` : formatNumber(f.value);
  // A count whose size is a scale word ("hundreds of") says so rather than a made-up number.
  if (f.qualifier?.endsWith(' of')) return [f.qualifier, what].join(' ');
  return [
    f.qualifier,
    value,
    f.valueMax !== undefined ? `${to} ${formatNumber(f.valueMax)}` : '',
    what,
  ]
    .filter(Boolean)
    .join(' ');
}
