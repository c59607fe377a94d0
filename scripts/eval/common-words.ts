/**
 * Which words are common words rather than names, from data: a word is common when, in running
 * text, it is written in lower case more often than capitalised away from the start of a
 * sentence ("well", "let", "details", "video"), and seen in lower case more than a couple of
 * times. Sentence starts are left out of the capitalised count, since any word is capitalised
 * there; all-caps tokens (headlines) count as neither. The corpora are Reuters (CoNLL-2003) and
 * Voice of America (GMB) news.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConll } from '../ner/conll';

/** Lower-case sightings below this are too few to call a word common. */
const MIN_LOWER = 3;

/** The common words of sentences of tokens, lower-cased. */
export function commonWordsOf(sentences: Iterable<readonly string[]>): Set<string> {
  const lower = new Map<string, number>();
  const capitalised = new Map<string, number>();
  const bump = (map: Map<string, number>, word: string) => map.set(word, (map.get(word) ?? 0) + 1);
  for (const words of sentences)
    words.forEach((word, i) => {
      if (/^\p{Ll}+$/u.test(word)) bump(lower, word);
      else if (i > 0 && /^\p{Lu}\p{Ll}+$/u.test(word)) bump(capitalised, word.toLowerCase());
    });
  const common = new Set<string>();
  for (const [word, n] of lower)
    if (n >= MIN_LOWER && n > (capitalised.get(word) ?? 0)) common.add(word);
  return common;
}

/** The sentences of a CoNLL-2003 file, as token lists. */
export function conllSentences(file: string): string[][] {
  const sentences: string[][] = [];
  for (const doc of readConll(file))
    doc.words.forEach((word, i) => {
      if (doc.sentenceStart[i] || !sentences.length) sentences.push([]);
      sentences[sentences.length - 1].push(word);
    });
  return sentences;
}

/** The sentences of the GMB-derived corpus (CSV: sentence marker, word, part of speech, tag). */
export function gmbSentences(file: string): string[][] {
  const sentences: string[][] = [];
  const lines = readFileSync(file, 'latin1').split('\n');
  for (const line of lines.slice(1)) {
    const match = /^(Sentence: \d+)?,("(?:[^"]|"")*"|[^,]*),/.exec(line);
    if (!match) continue;
    if (match[1] || !sentences.length) sentences.push([]);
    const word = match[2].startsWith('"') ? match[2].slice(1, -1).replace(/""/g, '"') : match[2];
    sentences[sentences.length - 1].push(word);
  }
  return sentences;
}

/** The common words of the news corpora in ../shared/data/ner. */
export function sharedCommonWords(nerDir: string): Set<string> {
  return commonWordsOf([
    ...conllSentences(join(nerDir, 'conll2003/eng.train')),
    ...gmbSentences(join(nerDir, 'gmb/ner_dataset.csv')),
  ]);
}
