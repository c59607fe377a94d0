/**
 * A line that only dates the page: "21 September 2020", "Published on: June 25, 2024",
 * "Wednesday, December 20, 2023 8:09:56 PM". It says when the story was put up, not what it
 * tells, and Readability leaves it out with the byline; its date is no figure of the story.
 * A sentence that starts with a date ("June 25, 2024: the vote passed") is kept.
 */

/** Lines longer than this are more than a date. */
const MAX_DATE_LINE_CHARS = 60;
/** Checked first: every date line has a year, so the long pattern runs on few lines. */
const YEAR = /\d{4}/;
const DATE_LINE =
  /^(?:(?:first |last )?(?:published|updated|posted|modified)(?: on)?:? )?(?:[a-z]+day,? )?(?:\d{1,2}(?:st|nd|rd|th)? )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (?:\d{1,2}(?:st|nd|rd|th)?,? )?\d{4}(?:,? (?:at )?\d{1,2}[:.]\d{2}(?::\d{2})? ?(?:[ap]\.?m\.?)?(?: [a-z]{2,4})?)?$/i;

export function isDateLine(raw: string): boolean {
  if (raw.length > MAX_DATE_LINE_CHARS * 2 || !YEAR.test(raw)) return false;
  const line = raw.replace(/\s+/g, ' ').trim();
  return line.length <= MAX_DATE_LINE_CHARS && DATE_LINE.test(line);
}
