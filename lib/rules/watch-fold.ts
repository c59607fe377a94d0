/**
 * How a watch list reads a text: folded without accents and case when the list asks, with a
 * map back to the original, and where a whole word starts and ends (letters, digits and marks
 * of every script). Pure.
 */
import { isInvisibleMark } from '../recognize/invisible-marks';

/**
 * Fold the text as a list reads it: without accents (each character loses its combining
 * marks, "ý" → "y"; a mark alone vanishes) and in lower case, each when asked, and always
 * without soft hyphens and zero-width marks. `origin[i]` is
 * where the folded text's unit `i` came from, and `origin[folded.length]` the end, so a match
 * in the folded text maps back onto the original.
 */
export function foldText(
  text: string,
  fold: { accents: boolean; case: boolean },
): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let at = 0;
  for (const ch of text) {
    // A mark the reader does not see inside a word ("Netan\u00adyahu") is not read.
    let piece = isInvisibleMark(ch.charCodeAt(0)) ? '' : ch;
    if (fold.accents && ch.charCodeAt(0) >= 0x80) {
      const bare = ch.normalize('NFD').replace(/\p{M}/gu, '');
      // Only a letter that loses its marks is replaced; one that decomposes into several
      // letters (Hangul) stays whole, so each folded unit still has one origin.
      if (bare.length <= ch.length) piece = bare;
    }
    if (fold.case) {
      const lower = piece.toLowerCase();
      // Lower case only where it keeps the length ("İ" would grow), for the same reason.
      if (lower.length === piece.length) piece = lower;
    }
    for (let i = 0; i < piece.length; i++) origin.push(at);
    folded += piece;
    at += ch.length;
  }
  origin.push(at);
  return { folded, origin };
}

/** Accents folded only (what `matchAccents: false` does to a text). */
export const foldAccents = (text: string) => foldText(text, { accents: true, case: false });

/** Letters, digits, marks and the underscore: what a whole word may not touch. */
const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

export function wordAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.codePointAt(index) ?? 0;
  return WORD_CHAR.test(String.fromCodePoint(code));
}

export function wordBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const low = text.charCodeAt(index - 1);
  // The second half of a surrogate pair: read the whole character.
  const at = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return wordAt(text, at);
}

export const isWhole = (text: string, start: number, end: number) =>
  !wordBefore(text, start) && !wordAt(text, end);
