/**
 * Alias keys: the one normalisation used both when a pack is imported (entities' `aliasKeys`)
 * and when page text is looked up, so "U.S." = "US", "Kyiv" stays "kyiv", "Zelenskyy's" and
 * "Zelenskyy’s" agree, and "São Paulo" = "Sao Paulo".
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES_AND_DOTS = /['’‘`´.]/g;
const SEPARATORS = /[\s\u00a0\-‐‑‒–—_/]+/g;

const ASCII = /^[\t\n\r\x20-\x7e]*$/;

/** Normalise a name or alias to its lookup key. Returns '' for text with no letters or digits. */
export function aliasKey(text: string): string {
  // Most page text is ASCII: skip the (slow) Unicode decomposition there.
  if (ASCII.test(text))
    return text.toLowerCase().replace(APOSTROPHES_AND_DOTS, '').replace(SEPARATORS, ' ').trim();
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES_AND_DOTS, '')
    .replace(SEPARATORS, ' ')
    .trim();
}

/**
 * Whether a name is written in capitals: two letters or more and none in lower case ("USS",
 * "U.S.", "NATO"). An alias written so is an acronym, and text matches it only written so too
 * (lib/recognize/alias-case.ts).
 */
export function isWrittenInCapitals(text: string): boolean {
  return !/\p{Ll}/u.test(text) && (text.match(/\p{L}/gu)?.length ?? 0) >= 2;
}
