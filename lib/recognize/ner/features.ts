/**
 * Features for one token, shared by training and inference so they can never drift apart:
 * the word and its neighbours, shape, affixes, capitalisation in context, title words, the
 * previous tags, gazetteer membership (names the packs know, by type) and document-level
 * evidence (is this word capitalised mid-sentence elsewhere in the document, or lower-case? what
 * did the tagger call it earlier in the document?).
 *
 * Speed: every string a feature needs is hashed once per distinct word of the document; the
 * features themselves combine those hashes with integer mixing, so tagging allocates nothing
 * per token (a 2,000-word article must take a few milliseconds).
 */
import { fnv1a, fnvStep, FNV_OFFSET } from '../../hash';

/** A feature's hash: its template id, then its string (the trained model's buckets depend on it). */
const hashFeature = (template: number, value: string): number =>
  fnv1a(value, fnvStep(FNV_OFFSET, template));

/** Key of a lower-case word in the model's lexicon: digits are one digit ("1996" and "2024" alike). */
export function lexiconKey(lowerWord: string): number {
  return fnv1a(lowerWord.replace(/\d/g, '0'), fnvStep(FNV_OFFSET, 9));
}

/**
 * Word classes shipped with the model (see scripts/ner/word-classes.ts): sorted keys and, per
 * key, its fine cluster, coarse cluster and capitalisation class (0 when unknown).
 */
export interface Lexicon {
  keys: Uint32Array;
  values: Uint8Array;
}

function lexiconIndex(lexicon: Lexicon, key: number): number {
  const { keys } = lexicon;
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid];
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Everything the features read about a document, precomputed per token. */
export interface FeatureContext {
  words: string[];
  sentenceStart: boolean[];
  /** Bit mask per token: 1 person, 2 place, 4 org, from names the packs know. */
  gazetteer: Uint8Array;
  /** Per token: hashes of the lower-case word, shape, prefixes and suffixes. */
  word: Uint32Array;
  shape: Uint32Array;
  affix: Uint32Array; // 5 per token: pre2, pre3, suf2, suf3, suf4
  /** Per token: hash of the word as written (case kept: "US" and "us", "May" and "may"). */
  form: Uint32Array;
  /** Per token bits: 1 capitalised, 2 all caps, 4 title word, 8 capitalised mid-sentence elsewhere, 16 seen lower-case elsewhere. */
  flags: Uint8Array;
  /** Per token, from the lexicon: fine cluster, coarse cluster, capitalisation class (3 each). */
  classes: Uint8Array;
  /** Per token: index of its lower-case word among the document's distinct words. */
  id: Int32Array;
  /**
   * Per distinct word, how often the tagger has tagged it PER, LOC, ORG, MISC so far in this
   * document (4 counts each): a name is usually the same kind of name every time it recurs.
   * Written by recordTag as decoding goes, in training exactly as in inference.
   */
  history: Uint8Array;
}

const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'president',
  'minister',
  'gen',
  'general',
  'sen',
  'senator',
  'rep',
  'gov',
  'governor',
  'king',
  'queen',
  'prince',
  'pope',
  'chancellor',
  'premier',
  'envoy',
  'leader',
  'secretary',
  'spokesman',
  'spokeswoman',
  'coach',
  'judge',
  'lt',
  'col',
  'capt',
  'sir',
  'lord',
  'chief',
  'negotiator',
  'ceo',
]);
const CAP = 1;
const ALLCAPS = 2;
const TITLE = 4;
const CAP_MID = 8;
const SEEN_LOWER = 16;
const BOS = 0x9e3779b9;
const EOS = 0x85ebca6b;

/** "Putin" → "Xx", "U.S." → "X.X.", "1996-08-22" → "d-d-d", runs collapsed. */
function shapeOf(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    const c = ch >= '0' && ch <= '9' ? 'd' : lower !== upper ? (ch === upper ? 'X' : 'x') : ch;
    if (c !== last) out += c;
    last = c;
    if (out.length >= 8) break;
  }
  return out;
}

/** Integer mix of a template id and up to two values (murmur3's finaliser). */
function mix(template: number, a: number, b: number): number {
  let h = Math.imul(template + 1, 0x9e3779b1) ^ a;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) ^ Math.imul(b, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Hashes and flags of a word, kept across blocks and pages: news repeats its words. */
const WORD_CACHE = new Map<string, Uint32Array>();
/** Distinct words remembered; the cache starts over past this (a few MB at most). */
const WORD_CACHE_LIMIT = 50_000;
const TITLE_SET_HAS = (lw: string) => TITLES.has(lw.endsWith('.') ? lw.slice(0, -1) : lw);

function wordHashes(w: string, lw: string, isCap: boolean): Uint32Array {
  let h = WORD_CACHE.get(w);
  if (h) return h;
  h = new Uint32Array(10);
  h[0] = hashFeature(1, lw);
  h[1] = hashFeature(2, shapeOf(w));
  h[2] = hashFeature(3, lw.slice(0, 2));
  h[3] = hashFeature(4, lw.slice(0, 3));
  h[4] = hashFeature(5, lw.slice(-2));
  h[5] = hashFeature(6, lw.slice(-3));
  h[6] = hashFeature(7, lw.slice(-4));
  h[7] =
    (isCap ? CAP : 0) |
    (w !== lw && w.length > 1 && w === w.toUpperCase() ? ALLCAPS : 0) |
    (TITLE_SET_HAS(lw) ? TITLE : 0);
  h[8] = hashFeature(8, w);
  h[9] = lexiconKey(lw);
  if (WORD_CACHE.size >= WORD_CACHE_LIMIT) WORD_CACHE.clear();
  WORD_CACHE.set(w, h);
  return h;
}

export function buildContext(
  words: string[],
  sentenceStart: boolean[],
  gazetteer?: Uint8Array,
  lexicon?: Lexicon,
): FeatureContext {
  const n = words.length;
  const classes = new Uint8Array(n * 3);
  const word = new Uint32Array(n);
  const shape = new Uint32Array(n);
  const affix = new Uint32Array(n * 5);
  const form = new Uint32Array(n);
  const flags = new Uint8Array(n);
  const id = new Int32Array(n);
  const ids = new Map<string, number>(); // lower-case word → its distinct index
  const memo = new Map<string, number>(); // word → index of its first token (reuse its hashes)
  const capitalisedMid = new Set<string>();
  const seenLower = new Set<string>();
  const lowers: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const lw = w.toLowerCase();
    lowers[i] = lw;
    let wid = ids.get(lw);
    if (wid === undefined) ids.set(lw, (wid = ids.size));
    id[i] = wid;
    const first = w.charAt(0);
    const isCap = first !== first.toLowerCase();
    if (isCap && w.length > 1 && w.charAt(1) !== w.charAt(1).toUpperCase() && !sentenceStart[i])
      capitalisedMid.add(lw);
    if (!isCap && first !== first.toUpperCase()) seenLower.add(lw);
    const seen = memo.get(w);
    if (seen !== undefined) {
      word[i] = word[seen];
      shape[i] = shape[seen];
      affix.copyWithin(i * 5, seen * 5, seen * 5 + 5);
      form[i] = form[seen];
      classes.copyWithin(i * 3, seen * 3, seen * 3 + 3);
      flags[i] = flags[seen];
      continue;
    }
    memo.set(w, i);
    const h = wordHashes(w, lw, isCap);
    word[i] = h[0];
    shape[i] = h[1];
    affix.set(h.subarray(2, 7), i * 5);
    flags[i] = h[7];
    form[i] = h[8];
    const at = lexicon ? lexiconIndex(lexicon, h[9]) : -1;
    if (at >= 0) {
      const { values } = lexicon!;
      classes[i * 3] = values[at * 3];
      classes[i * 3 + 1] = values[at * 3 + 1];
      classes[i * 3 + 2] = values[at * 3 + 2];
    }
  }
  for (let i = 0; i < n; i++) {
    if (!(flags[i] & CAP)) continue;
    if (capitalisedMid.has(lowers[i])) flags[i] |= CAP_MID;
    if (seenLower.has(lowers[i])) flags[i] |= SEEN_LOWER;
  }
  return {
    words,
    sentenceStart,
    gazetteer: gazetteer ?? new Uint8Array(n),
    word,
    shape,
    affix,
    form,
    flags,
    classes,
    id,
    history: new Uint8Array(ids.size * 4),
  };
}

/** Forget the tags of an earlier pass over the same document (training runs many). */
export function resetHistory(ctx: FeatureContext): void {
  ctx.history.fill(0);
}

/** Remember the tag just given to token i (a TAGS index; 0 is O) for the words after it. */
export function recordTag(ctx: FeatureContext, i: number, tag: number): void {
  if (tag === 0 || !(ctx.flags[i] & CAP)) return;
  const at = ctx.id[i] * 4 + ((tag - 1) >> 1);
  if (ctx.history[at] < 255) ctx.history[at]++;
}

/** The type most often given to this word earlier (1 PER … 4 MISC, 0 none), ×8 if it was not unanimous. */
function historyOf(ctx: FeatureContext, i: number): number {
  const at = ctx.id[i] * 4;
  const h = ctx.history;
  let best = 0;
  let max = 0;
  let total = 0;
  for (let t = 0; t < 4; t++) {
    total += h[at + t];
    if (h[at + t] > max) {
      max = h[at + t];
      best = t + 1;
    }
  }
  return max && max < total ? best + 8 : best;
}

/** Hashed features of token i given the two previous tags. Writes into `out`, returns the count. */
export function tokenFeatures(
  ctx: FeatureContext,
  i: number,
  prev1: number,
  prev2: number,
  buckets: number,
  out: Uint32Array,
): number {
  const { word, shape, affix, flags, gazetteer, form } = ctx;
  const n = word.length;
  const mask = buckets - 1;
  let k = 0;
  // Neighbours read once into locals (no closures per token: this runs for every word of a page).
  const wPrev = i > 0 ? word[i - 1] : BOS;
  const wNext = i + 1 < n ? word[i + 1] : EOS;
  const wPrev2 = i > 1 ? word[i - 2] : BOS;
  const wNext2 = i + 2 < n ? word[i + 2] : EOS;
  const sPrev = i > 0 ? shape[i - 1] : BOS;
  const sNext = i + 1 < n ? shape[i + 1] : EOS;
  const start = ctx.sentenceStart[i] ? 1 : 2;
  const f = flags[i];
  out[k++] = mix(0, 0, 0) & mask;
  out[k++] = mix(1, word[i], 0) & mask;
  out[k++] = mix(2, shape[i], 0) & mask;
  for (let a = 0; a < 5; a++) out[k++] = mix(3 + a, affix[i * 5 + a], 0) & mask;
  out[k++] = mix(8, wPrev, 0) & mask;
  out[k++] = mix(9, wNext, 0) & mask;
  out[k++] = mix(10, wPrev2, 0) & mask;
  out[k++] = mix(11, wNext2, 0) & mask;
  out[k++] = mix(12, sPrev, 0) & mask;
  out[k++] = mix(13, sNext, 0) & mask;
  out[k++] = mix(14, sPrev ^ Math.imul(shape[i], 31), sNext) & mask;
  out[k++] = mix(15, prev1, 0) & mask;
  out[k++] = mix(16, prev1, prev2 + 1) & mask;
  out[k++] = mix(17, prev1, word[i]) & mask;
  out[k++] = mix(18, start, 0) & mask;
  out[k++] = mix(19, start, shape[i]) & mask;
  out[k++] = mix(20, wPrev, word[i]) & mask;
  out[k++] = mix(21, word[i], wNext) & mask;
  if (i > 0 && flags[i - 1] & TITLE) out[k++] = mix(22, 1, 0) & mask;
  const g = gazetteer[i];
  out[k++] = mix(23, g, 0) & mask;
  if (g) out[k++] = mix(24, g, shape[i]) & mask;
  out[k++] = mix(25, i > 0 ? gazetteer[i - 1] : 9, i + 1 < n ? gazetteer[i + 1] : 9) & mask;
  if (f & CAP) {
    out[k++] = mix(26, f & CAP_MID, 0) & mask;
    out[k++] = mix(27, f & SEEN_LOWER, 0) & mask;
    out[k++] = mix(28, start, f & (CAP_MID | SEEN_LOWER)) & mask;
  }
  // A capitalised line (a headline) versus one acronym in running text.
  if (f & ALLCAPS) out[k++] = mix(29, i + 1 < n && flags[i + 1] & ALLCAPS ? 1 : 2, 0) & mask;
  out[k++] = mix(30, prev1, shape[i]) & mask;
  // The word as written, and two-token windows of words and shapes.
  out[k++] = mix(31, form[i], 0) & mask;
  out[k++] = mix(32, sPrev, shape[i]) & mask;
  out[k++] = mix(33, shape[i], sNext) & mask;
  out[k++] = mix(34, wPrev, shape[i]) & mask;
  out[k++] = mix(35, shape[i], wNext) & mask;
  out[k++] = mix(36, wPrev2, wPrev) & mask;
  out[k++] = mix(37, wNext, wNext2) & mask;
  out[k++] = mix(38, prev1, wPrev) & mask;
  // Capitalisation of the neighbours with this word's.
  const capPrev = i > 0 ? flags[i - 1] & (CAP | ALLCAPS) : 8;
  const capNext = i + 1 < n ? flags[i + 1] & (CAP | ALLCAPS) : 8;
  out[k++] = mix(39, (f & (CAP | ALLCAPS)) | (capPrev << 4), capNext) & mask;
  // What this word was called earlier in the document.
  if (f & CAP) {
    const seen = historyOf(ctx, i);
    out[k++] = mix(40, seen, 0) & mask;
    out[k++] = mix(41, seen, shape[i]) & mask;
    out[k++] = mix(42, seen, prev1) & mask;
  }
  // Word classes from unlabelled text: clusters of this word and its neighbours, and how often
  // the word is capitalised where nothing forces it (a sentence's first word, a headline).
  const { classes } = ctx;
  const fine = classes[i * 3];
  const coarse = classes[i * 3 + 1];
  const finePrev = i > 0 ? classes[i * 3 - 3] : 254;
  const fineNext = i + 1 < n ? classes[i * 3 + 3] : 254;
  out[k++] = mix(43, fine, 0) & mask;
  out[k++] = mix(44, coarse, 0) & mask;
  out[k++] = mix(45, finePrev, 0) & mask;
  out[k++] = mix(46, fineNext, 0) & mask;
  out[k++] = mix(47, coarse, prev1) & mask;
  out[k++] = mix(48, finePrev, fine) & mask;
  out[k++] = mix(49, fine, fineNext) & mask;
  out[k++] = mix(50, classes[i * 3 + 2], start * 16 + (f & (CAP | ALLCAPS))) & mask;
  return k;
}

/** The most features tokenFeatures writes: size of the scratch buffer. */
export const MAX_FEATURES = 64;
