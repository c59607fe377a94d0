/** The sentence around a span of text, for a figure card's "from the sentence" quote. */

/** Longest quote shown: a very long "sentence" (a list, a table row) is cut around the span. */
const MAX_SENTENCE = 300;

export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !/[.!?\n]/.test(text[from - 1]) && start - from < MAX_SENTENCE) from--;
  let to = end;
  while (to < text.length && !/[.!?\n]/.test(text[to]) && to - end < MAX_SENTENCE) to++;
  if (to < text.length && text[to] !== '\n') to++;
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}
