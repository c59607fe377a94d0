/**
 * Editors' notes about the page rather than the story, recognised by their text: a correction
 * note ("This version corrects the spelling of …", "Correction: An earlier version of this
 * article misstated …") and an age notice ("This article is more than 5 years old"). Their
 * names and numbers are about the page's history, not the events it reports. Only a short
 * line is tested, and only at its start, so a story sentence that mentions a correction
 * further on is kept.
 */

/** Longer than this, a line is prose. */
const MAX_NOTICE_CHARS = 320;

/** "Correction:", "Clarification:", "Editor's note:" as the line's lead. */
const NOTE_LEAD = /^(?:corrections?|clarifications?|editor[’']?s[’']? notes?)\s*[:：.—–-]/i;
/** "This version corrects …", "An earlier version of this story misstated …": about this page, not a plan's drafts. */
const CORRECTS =
  /^(?:this\s+(?:version|article|story|report|post|piece)|(?:an earlier|a previous|an older)\s+version\s+of\s+this\s+(?:article|story|report|post|piece))\s+(?:[\p{L}’']+\s+){0,2}?(?:corrects?|corrected|has been (?:corrected|amended|updated)|was (?:corrected|amended)|misstated|misspelled|misidentified|incorrectly|erroneously|wrongly)\b/iu;
/** "This article is more than 5 years old", "This story is over a year old". */
const AGE =
  /^this\s+(?:article|story|report|post|piece|page)\s+is\s+(?:more than|over|at least)?\s*(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:years?|months?|weeks?|days?)\s+old\.?$/i;

/** True for the text of a correction note or an age notice. */
export function isNoticeText(raw: string): boolean {
  // Most lines asked about are story sentences: turn them away before any copying.
  if (!/^\s*[ceta]/i.test(raw)) return false;
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text || text.length > MAX_NOTICE_CHARS) return false;
  return NOTE_LEAD.test(text) || CORRECTS.test(text) || AGE.test(text);
}
