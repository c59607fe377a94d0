/**
 * Dates of a source as the exports and citations write them. A date is read as it is written
 * (the leading YYYY[-MM[-DD]] of an ISO 8601 string), never converted to another time zone: an
 * article stamped 23:30 on 5 March in its outlet's zone was published on 5 March.
 */

/** A calendar date, as precise as the source gave it. */
export interface DateParts {
  year: number;
  /** 1–12. */
  month?: number;
  day?: number;
}

const LEADING_DATE = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/** The date at the start of an ISO 8601 string, or null when there is none or it is not real. */
export function readDate(iso: string | undefined): DateParts | null {
  const match = iso ? LEADING_DATE.exec(iso) : null;
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { year };
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  // Day 0 of the next month is the last day of this one.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return { year, month };
  return { year, month, day };
}

const pad = (value: number) => String(value).padStart(2, '0');

/** "2024-03-05", "2024-03" or "2024": ISO 8601 as precise as the parts. */
export function isoDate(parts: DateParts): string {
  let text = String(parts.year).padStart(4, '0');
  if (parts.month !== undefined) text += `-${pad(parts.month)}`;
  if (parts.month !== undefined && parts.day !== undefined) text += `-${pad(parts.day)}`;
  return text;
}

/** The date of an ISO 8601 string as ISO (its time left out), or '' when it has none. */
export function isoDateOf(iso: string | undefined): string {
  const parts = readDate(iso);
  return parts ? isoDate(parts) : '';
}

/** English month names: the citation styles are English whatever the page's language. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "March 5, 2024", "March 2024" or "2024" (APA and Chicago order). */
export function monthDayYear(parts: DateParts): string {
  if (parts.month === undefined) return String(parts.year);
  const month = MONTHS[parts.month - 1];
  return parts.day === undefined
    ? `${month} ${parts.year}`
    : `${month} ${parts.day}, ${parts.year}`;
}
