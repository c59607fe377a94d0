/** Small display helpers shared by the views. */
import type { MentionType } from '../types/mention';

export const TYPE_LABELS: Record<MentionType, string> = {
  person: 'Person',
  place: 'Place',
  org: 'Organisation',
  figure: 'Figure',
};

/**
 * Made on first use: the first Intl formatter of a page loads the locale's data, about 10 ms
 * that would otherwise be spent on every page while the content script loads, cards or not.
 */
let dateFormat: Intl.DateTimeFormat | null = null;
let numberFormat: Intl.NumberFormat | null = null;

/**
 * "4 Dec 2025", or '' for an unknown (0) date. `precision` (a date figure's unit) leaves out
 * what the text did not say: the year of "March 25", the day of "May 2014".
 */
export function formatDate(ms: number, precision?: string): string {
  if (!(ms > 0 && Number.isFinite(ms))) return '';
  const options: Intl.DateTimeFormatOptions =
    precision === 'day-no-year'
      ? { day: 'numeric', month: 'short', timeZone: 'UTC' }
      : precision === 'month'
        ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
        : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
  if (precision === 'day-no-year' || precision === 'month')
    return new Intl.DateTimeFormat('en-GB', options).format(ms);
  dateFormat ??= new Intl.DateTimeFormat('en-GB', options);
  return dateFormat.format(ms);
}

/** Links from feeds and packs are shown only when they are http(s). */
export function isHttpUrl(url: string | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\//i.test(url);
}

/** "40,000", "3.2 billion" style. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  numberFormat ??= new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
  return numberFormat.format(value);
}

/** Make the formatters now (a card is about to show): the card's first render then skips it. */
export function prepareFormats(): void {
  formatDate(1);
  formatNumber(1);
}
