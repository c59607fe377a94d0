/**
 * White space and punctuation (ASCII, Latin-1, general and CJK punctuation), as a plain
 * character class. Not `\p{L}`/`\p{N}` on purpose: Unicode property classes are slow to
 * compile, and a content script's code is cold on every page.
 */
const SPACE_OR_PUNCTUATION = '\\s!-/:-@[-`{-~\\u00a0-\\u00bf\\u2000-\\u206f\\u3000-\\u303f';

/** One character that can belong to a word (a letter, a digit, a symbol of another script). */
export const WORD_CHAR = new RegExp(`[^${SPACE_OR_PUNCTUATION}]`);
/** A run of characters between words. */
export const BETWEEN_WORDS = new RegExp(`[${SPACE_OR_PUNCTUATION}]+`);
