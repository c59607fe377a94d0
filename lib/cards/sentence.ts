/** The sentence around a span of text, for a figure card's "from the sentence" quote. */

/** Longest quote shown: a very long "sentence" (a list, a table row) is cut around the span. */
const MAX_SENTENCE = 300;

/**
 * Words a full stop follows without ending the sentence: titles, months, initials and the
 * usual abbreviations of news text ("Mr.", "Jan.", "U.S.", "No. 1").
 */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen sen rep gov lt col capt sgt st jr sr rev hon ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'no vs etc inc corp ltd co bros dept est approx fig ave'
  ).split(' '),
);

/** Does the character at `i` (".", "!", "?" or a line break) end a sentence? */
function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\n' || c === '!' || c === '?') return true;
  if (c !== '.') return false;
  // A decimal point or a dot inside a word or number ("0.50", "example.com").
  const next = text[i + 1];
  if (next !== undefined && !/\s|["'”’)\]]/.test(next)) return false;
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
  // An initial or a dotted abbreviation ("U.", "U.S.", "J.").
  if (/^\p{L}$/u.test(word) || /\p{L}\.\p{L}$/u.test(word)) return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // A lower-case word after the stop continues the sentence.
  const after = /^\s+(\S)/.exec(text.slice(i + 1, i + 4))?.[1];
  return !(after && /\p{Ll}/u.test(after));
}

/** Offsets of the sentence around a span (line breaks and the stop included, spaces not trimmed). */
export function sentenceSpan(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } {
  let from = start;
  while (from > 0 && !endsSentence(text, from - 1) && start - from < MAX_SENTENCE) from--;
  let to = end;
  while (to < text.length && !endsSentence(text, to) && to - end < MAX_SENTENCE) to++;
  if (to < text.length && text[to] !== '\n') to++;
  return { start: from, end: to };
}

export function sentenceAround(text: string, start: number, end: number): string {
  const span = sentenceSpan(text, start, end);
  return text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
}
