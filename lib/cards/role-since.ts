/**
 * A role whose start the card's description gives ("President of France (since 14 May 2017)"),
 * compared with the article's publication date: an older article was written before the
 * role began, and the card says so rather than let the reader take the role as the article's.
 */
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const SINCE = /\bsince\s+(?:(\d{1,2})\s+)?([A-Za-z]+)?\s*(\d{4})\b/i;

/** The start of a role, in epoch ms (UTC), read from "since 20 January 2025" / "since May 2017" / "since 2019". */
export function roleStart(description: string): { at: number; text: string } | null {
  const m = SINCE.exec(description);
  if (!m) return null;
  const [text, day, monthName, year] = m;
  const month = monthName ? MONTHS.indexOf(monthName.toLowerCase()) : 0;
  if (month < 0) return null;
  const at = Date.UTC(Number(year), month, day ? Number(day) : 1);
  return Number.isFinite(at) ? { at, text } : null;
}

/**
 * When the role began after the day the article was published (a role begun that same day is
 * not after it): the start as the description writes it ("20 January 2025") and the article's
 * date, for the card to say so in the reader's language; null otherwise or when either date is
 * unknown.
 */
export function roleAfterArticle(
  description: string,
  publishedAt: number | undefined,
): { since: string; publishedAt: number } | null {
  if (!publishedAt || !(publishedAt > 0)) return null;
  const start = roleStart(description);
  if (!start) return null;
  const publishedDay = Date.UTC(
    new Date(publishedAt).getUTCFullYear(),
    new Date(publishedAt).getUTCMonth(),
    new Date(publishedAt).getUTCDate(),
  );
  if (start.at <= publishedDay) return null;
  return { since: start.text.replace(/^since\s+/i, ''), publishedAt };
}
