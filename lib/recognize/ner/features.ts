/**
 * Features for one token, shared by training and inference so they can never drift apart:
 * the word and its neighbours, shape, affixes, capitalisation in context, title words, the
 * previous tags, gazetteer membership (names the packs know, by type) and document-level
 * evidence (is this word capitalised mid-sentence elsewhere in the document, or lower-case?).
 */
import { hashFeature } from './hash';

/** Everything the features read about a document. */
export interface FeatureContext {
  words: string[];
  lower: string[];
  shapes: string[];
  sentenceStart: boolean[];
  /** Bit mask per token: 1 person, 2 place, 4 org, from names the packs know. */
  gazetteer: Uint8Array;
  /** Lower-case forms seen capitalised mid-sentence somewhere in the document. */
  capitalisedMid: Set<string>;
  /** Lower-case forms seen in lower case somewhere in the document. */
  seenLower: Set<string>;
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'president', 'minister', 'gen', 'general', 'sen', 'senator', 'rep', 'gov', 'governor', 'king', 'queen', 'prince', 'pope', 'chancellor', 'premier', 'envoy', 'leader', 'secretary', 'spokesman', 'spokeswoman', 'coach', 'judge', 'lt', 'col', 'capt', 'sir', 'lord', 'chief', 'negotiator', 'ceo']);

/** "Putin" → "Xx", "U.S." → "X.X.", "1996-08-22" → "d-d-d", runs collapsed. */
export function shapeOf(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\d/.test(ch) ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out.slice(0, 8);
}

export function buildContext(words: string[], sentenceStart: boolean[], gazetteer?: Uint8Array): FeatureContext {
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(shapeOf);
  const capitalisedMid = new Set<string>();
  const seenLower = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    if (/^\p{Lu}\p{Ll}/u.test(words[i]) && !sentenceStart[i]) capitalisedMid.add(lower[i]);
    if (/^\p{Ll}/u.test(words[i])) seenLower.add(lower[i]);
  }
  return { words, lower, shapes, sentenceStart, gazetteer: gazetteer ?? new Uint8Array(words.length), capitalisedMid, seenLower };
}

/** Hashed features of token i given the two previous tags. Writes into `out`, returns the count. */
export function tokenFeatures(ctx: FeatureContext, i: number, prev1: number, prev2: number, buckets: number, out: Uint32Array): number {
  const { words, lower, shapes } = ctx;
  const w = words[i];
  const lw = lower[i];
  let n = 0;
  const add = (template: number, value: string) => (out[n++] = hashFeature(template, value, buckets));
  const at = (j: number) => (j >= 0 && j < words.length ? lower[j] : j < 0 ? '<s>' : '</s>');
  const shapeAt = (j: number) => (j >= 0 && j < words.length ? shapes[j] : '_');
  add(0, '');
  add(1, lw);
  add(2, shapes[i]);
  add(3, lw.slice(0, 3));
  add(4, lw.slice(-3));
  add(5, lw.slice(-2));
  add(6, lw.slice(0, 2));
  add(7, lw.slice(-4));
  add(8, at(i - 1));
  add(9, at(i + 1));
  add(10, at(i - 2));
  add(11, at(i + 2));
  add(12, shapeAt(i - 1));
  add(13, shapeAt(i + 1));
  add(14, shapeAt(i - 1) + '|' + shapes[i] + '|' + shapeAt(i + 1));
  add(15, String(prev1));
  add(16, prev1 + '|' + prev2);
  add(17, prev1 + '|' + lw);
  add(18, ctx.sentenceStart[i] ? 'start' : 'mid');
  add(19, (ctx.sentenceStart[i] ? 's|' : 'm|') + shapes[i]);
  add(20, at(i - 1) + '|' + lw);
  add(21, lw + '|' + at(i + 1));
  const title = i > 0 && TITLES.has(lower[i - 1].replace(/\.$/, ''));
  if (title) add(22, 'title');
  const g = ctx.gazetteer[i];
  add(23, String(g));
  if (g) add(24, g + '|' + shapes[i]);
  add(25, String(ctx.gazetteer[i - 1] ?? 0) + '|' + String(ctx.gazetteer[i + 1] ?? 0));
  const capital = /^\p{Lu}/u.test(w);
  if (capital) {
    add(26, ctx.capitalisedMid.has(lw) ? 'capmid' : 'nocapmid');
    add(27, ctx.seenLower.has(lw) ? 'lower-too' : 'never-lower');
    add(28, (ctx.sentenceStart[i] ? 's' : 'm') + (ctx.capitalisedMid.has(lw) ? 'C' : 'c') + (ctx.seenLower.has(lw) ? 'L' : 'l'));
  }
  if (w.length > 1 && w === w.toUpperCase() && /\p{L}/u.test(w)) {
    // A capitalised line (a headline) versus one acronym in running text.
    const next = words[i + 1] ?? '';
    add(29, 'allcaps|' + (next.length > 1 && next === next.toUpperCase() ? 'line' : 'word'));
  }
  add(30, prev1 + '|' + shapes[i]);
  return n;
}

/** The most features tokenFeatures writes: size of the scratch buffer. */
export const MAX_FEATURES = 32;
