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

/** First words of a note's lead (NOTE_LEAD), in lower case. */
const NOTE_STARTS = ['correction', 'clarification', 'editor'];
/** What "This …" names in CORRECTS and AGE. */
const THIS_WHAT = new Set(['version', 'article', 'story', 'report', 'post', 'piece', 'page']);
/** What "A(n) …" says in CORRECTS. */
const EARLIER = new Set(['earlier', 'previous', 'older']);

/**
 * Whether a line (spaces already squashed) starts the way every line NOTE_LEAD, CORRECTS or AGE
 * matches does. Those patterns (unicode, case folded, with repeats) compile to large machine
 * code once they have run a few times, and that code stays in the page's heap; checked first,
 * this keeps them to the few lines that could be notices. It lets through all they match: the
 * case folding of CORRECTS also reads "ſ" as "s", so the check does too.
 */
function mayBeNotice(text: string): boolean {
  const head = text.slice(0, 40).toLowerCase().replace(/ſ/g, 's');
  if (NOTE_STARTS.some((start) => head.startsWith(start))) return true;
  const [first, second = ''] = head.split(' ', 2);
  if (first === 'this') return THIS_WHAT.has(second);
  return (first === 'a' || first === 'an') && EARLIER.has(second);
}

/** True for the text of a correction note or an age notice. */
export function isNoticeText(raw: string): boolean {
  // Most lines asked about are story sentences: turn them away before any copying.
  if (!/^\s*[ceta]/i.test(raw)) return false;
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text || text.length > MAX_NOTICE_CHARS || !mayBeNotice(text)) return false;
  return NOTE_LEAD.test(text) || CORRECTS.test(text) || AGE.test(text);
}
