/**
 * Whether a capital letter says anything. English capitalises names, but also the first word of
 * a sentence, of a quotation, of a list item, every word of a headline or a button, and every
 * letter of an all-caps line: there a capitalised common word ("Well", "Video", "Details
 * Awaited") is no evidence of a name. Mid-sentence, in prose, it is.
 */

const LETTER_WORDS = /\p{L}[\p{L}\p{M}'’-]*/gu;
const SMALL_WORDS = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'to', 'for', 'at', 'by']);
/** Sentence punctuation at a line's end: a short line without it is a label or a title. */
const ENDS_SENTENCE = /[.!?…]["”’)\]]*$/u;

export interface BlockCase {
  /** Every word capitalised: a headline, section title, table cell or button. */
  titleCase: boolean;
  /** Letters all upper case. */
  allCaps: boolean;
}

/** How a block uses capitals, from its words. */
export function blockCase(text: string): BlockCase {
  const words = text.length > 300 ? [] : (text.match(LETTER_WORDS) ?? []);
  let capitalised = 0;
  let upper = 0;
  let letters = 0;
  for (const w of words) {
    const first = w.charAt(0);
    if (first !== first.toLowerCase() || SMALL_WORDS.has(w)) capitalised++;
    for (const c of w) {
      if (c !== c.toLowerCase()) upper++;
      if (c !== c.toLowerCase() || c !== c.toUpperCase()) letters++;
    }
  }
  const trimmed = text.trim();
  const titleCase =
    words.length > 0 &&
    words.length <= 30 &&
    (capitalised / words.length >= 0.85 || (words.length <= 6 && !ENDS_SENTENCE.test(trimmed)));
  return { titleCase, allCaps: letters >= 4 && upper === letters };
}

/** Abbreviations whose dot does not end a sentence ("Mr. Obama", "U.S. Army"). */
const ABBREVIATION =
  /(?:\b\p{L}|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Jr|Sr|Prof|Capt|Maj|No|vs|Mt|Ft|Rev|Hon))\.$/u;
/** What may stand between a sentence's start and its first word: quotes, brackets, bullets, dashes. */
const OPENING = /["“”‘’'«»([{•·*▪►–—|#\s-]/u;

/**
 * Whether the word at `start` begins a sentence, a quotation or a list item: its capital is
 * the sentence's, not the word's.
 */
export function startsSentence(text: string, start: number): boolean {
  let i = start - 1;
  let quoted = false;
  while (i >= 0 && OPENING.test(text[i])) {
    const c = text[i];
    if (c === '"' || c === '“' || c === '‘' || c === '«' || c === '(' || c === '[') quoted = true;
    if (c === '\n') return true;
    i--;
  }
  if (i < 0 || quoted) return true;
  const c = text[i];
  if (c === ':' || c === ';' || c === '!' || c === '?' || c === '…') return true;
  if (c === '.') return !ABBREVIATION.test(text.slice(Math.max(0, i - 5), i + 1));
  return false;
}

/** Whether the capital of the word at `start` is the word's own: in prose, mid-sentence. */
export function capitalSaysName(text: string, start: number, block: BlockCase): boolean {
  return !block.titleCase && !block.allCaps && !startsSentence(text, start);
}
