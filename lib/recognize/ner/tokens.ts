/**
 * Tokens as the model was trained on them (CoNLL-2003 style): words, numbers and punctuation
 * apart, abbreviations with their dots ("U.S."), possessive "'s" as its own token.
 */

export interface NerToken {
  text: string;
  start: number;
  end: number;
}

const TOKEN =
  /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}]*(?:[-’'](?!s\b)[\p{L}\p{M}]+)*|['’]s\b|\d+(?:[.,:]\d+)*|[^\s\p{L}\d]/gu;

/** Longest token kept: a 5 MB string with no spaces must not become one giant token. */
const MAX_TOKEN = 64;

export function nerTokens(text: string): NerToken[] {
  const out: NerToken[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    if (m[0].length <= MAX_TOKEN)
      out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Sentence boundaries: after . ! ? and at line breaks (the text map's block separators). */
export function sentenceStarts(text: string, tokens: NerToken[]): boolean[] {
  const starts = new Array<boolean>(tokens.length).fill(false);
  if (tokens.length) starts[0] = true;
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1].text;
    let newline = false;
    for (let c = tokens[i - 1].end; c < tokens[i].start && !newline; c++)
      newline = text.charCodeAt(c) === 10;
    starts[i] = newline || prev === '.' || prev === '!' || prev === '?';
  }
  return starts;
}
