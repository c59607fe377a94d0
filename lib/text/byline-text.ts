/**
 * Bylines and credits recognised by their text, for sites whose markup does not name them:
 * "By Howard Schneider, Lindsay Dunsmuir", "Reporting by …; Editing by …", "Video by …",
 * "Credit: STR/AFP", "Fethi Belaid/AFP/Getty Images", "… contributed to this report". Only a
 * short block is tested, and only one whose words after the lead are names: a story sentence
 * that starts the same way ("By Tuesday the talks had stalled") has ordinary lower-case words.
 */

/** Longer than this, a block is prose, whatever it starts with (a wire story's credits run long). */
export const MAX_CREDIT_CHARS = 320;

const LEAD =
  /^(?:by|(?:additional |further )?reporting(?: by)?|(?:writing|written|editing|edited|compiled|produced|video|photos?|photographs?|photography|pictures?|images?|illustrations?|graphics?|interactive|design|research|translation|translated|text|words) by|(?:photo|photograph|image|picture|credit|source|illustration|graphic|video)s?\s*[:：])\s*/i;

/**
 * What every line LEAD matches starts with (in lower case). LEAD is a long case-folded
 * alternation, which the engine compiles to large machine code once it has run a few times, and
 * that code stays in the page's heap; checked first, these prefixes turn away the lines that
 * cannot match (most of them), so LEAD runs only where it may.
 */
const LEAD_STARTS = [
  'by',
  'additional',
  'further',
  'reporting',
  'writ',
  'edit',
  'compiled',
  'produced',
  'video',
  'photo',
  'pictur',
  'image',
  'illustration',
  'graphic',
  'interactive',
  'design',
  'research',
  'translat',
  'text',
  'words',
  'credit',
  'source',
];

/** Lower-case words a byline or credit holds besides names: connectors, roles, dates. */
const CREDIT_WORDS = new Set(
  (
    'and by with in at of for from the staff reporting editing writing additional contributed ' +
    'to this report via photo photos video images image writer correspondent reporter editor ' +
    'contributor senior chief news updated posted published last ago minutes minute hours hour ' +
    'days day am pm min read de van von der den da di du le la al bin el y e et'
  ).split(' '),
);

/**
 * A labelled author line: "Analysis: Jon Sopel, BBC News, Washington". The label is the kind
 * of piece; what follows is the author, the outlet and the place, each a few capitalised words
 * set apart by commas. A subheading in title case ("Analysis: Why Talks Failed") has no commas.
 */
const LABEL_LEAD =
  /^(?:analysis|opinion|commentary|comment|perspective|column|review|explainer)\s*[:：—–-]/i;
/** What every line LABEL_LEAD matches starts with (in lower case); checked first, as for LEAD. */
const LABEL_STARTS = [
  'analysis',
  'opinion',
  'comment',
  'perspective',
  'column',
  'review',
  'explainer',
];
const LABELLED =
  /^[\p{L}]+\s*[:：—–-]\s*(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3})(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}){1,3}$/u;

const CONTRIBUTED = /\bcontributed (?:reporting|to (?:this|the) (?:report|story|article))\b/i;
/** Name/Agency(/Agency): capitalised words joined by slashes, as photo credits are written. */
const SLASH_CREDIT = /^(?:\p{Lu}[\p{L}.'’-]*\s?)+(?:\/\s?(?:\p{Lu}[\p{L}.'’-]*\s?)+)+$/u;

/** Whether the line starts with one of `prefixes` in any case; `start` has no leading space. */
function startsWithAny(start: string, prefixes: readonly string[]): boolean {
  const head = start.slice(0, 12).toLowerCase();
  return prefixes.some((prefix) => head.startsWith(prefix));
}
const mayLead = (start: string) => startsWithAny(start, LEAD_STARTS);
const mayBeLabelled = (start: string) =>
  startsWithAny(start, LABEL_STARTS) && LABEL_LEAD.test(start);

/** True when every lower-case word of `text` is one a credit line holds. */
function namesOnly(text: string): boolean {
  for (const word of text.split(/[^\p{L}.]+/u)) {
    const w = word.replace(/\.$/, '');
    if (w && /^\p{Ll}/u.test(w) && !CREDIT_WORDS.has(w)) return false;
  }
  return true;
}

/** True for the text of a byline or credit line. */
export function isCreditText(raw: string): boolean {
  // Most lines asked about are story sentences: turn them away before any copying.
  const start = raw.trimStart();
  if (
    !(mayLead(start) && LEAD.test(start.slice(0, 60))) &&
    !raw.includes('/') &&
    !/contributed/i.test(raw) &&
    !mayBeLabelled(start)
  )
    return false;
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text || text.length > MAX_CREDIT_CHARS) return false;
  const lead = mayLead(text) ? LEAD.exec(text) : null;
  if (lead) {
    const rest = text.slice(lead[0].length);
    return /^\p{Lu}/u.test(rest) && namesOnly(rest);
  }
  if (CONTRIBUTED.test(text) || (mayBeLabelled(text) && LABELLED.test(text))) return true;
  return text.length <= 80 && SLASH_CREDIT.test(text);
}

/** True for a short line naming one of the story's authors (from its JSON-LD): its byline. */
export function namesAuthor(raw: string, authors: readonly string[]): boolean {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text.length > 120 || /[.!?]["”’]?$/.test(text)) return false;
  return authors.some((name) => text.includes(name));
}
