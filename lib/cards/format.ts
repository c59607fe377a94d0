/**
 * Small display helpers shared by the views. Dates and numbers are written the way the
 * browser's locale writes them (Intl's default locale, which the browser sets from the reader's
 * language settings); the words around them come from the message catalogue (lib/i18n).
 */

/** The locale dates and numbers are formatted for; undefined is the browser's own. */
let locale: string | undefined;

/**
 * Made on first use: the first Intl formatter of a page loads the locale's data, about 10 ms
 * that would otherwise be spent on every page while the content script loads, cards or not.
 */
let dateFormat: Intl.DateTimeFormat | null = null;
let numberFormat: Intl.NumberFormat | null = null;
let timeFormat: Intl.DateTimeFormat | null = null;

/** Format for this locale rather than the browser's (a test that reads formatted text pins one). */
export function setFormatLocale(next: string | undefined): void {
  locale = next;
  dateFormat = numberFormat = timeFormat = null;
}

/**
 * "4 Dec 2025" (in en-GB), or '' for an unknown (0) date. `precision` (a date figure's unit) leaves out
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
    return new Intl.DateTimeFormat(locale, options).format(ms);
  dateFormat ??= new Intl.DateTimeFormat(locale, options);
  return dateFormat.format(ms);
}

/** Links from feeds and packs are shown only when they are http(s). */
export function isHttpUrl(url: string | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\//i.test(url);
}

/** "4 Dec 2025 10:05": a date with the time of day, in the reader's time zone. */
export function formatDateTime(ms: number): string {
  if (!(ms > 0 && Number.isFinite(ms))) return '';
  timeFormat ??= new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  return `${formatDate(ms)} ${timeFormat.format(ms)}`;
}

/** "40,000" (in en-GB). */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  numberFormat ??= new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return numberFormat.format(value);
}

/** Make the formatters now (a card is about to show): the card's first render then skips it. */
export function prepareFormats(): void {
  formatDate(1);
  formatNumber(1);
}
