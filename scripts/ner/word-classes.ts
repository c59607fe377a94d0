/**
 * Word classes induced from unlabelled text, for the tagger's lexicon: two clusterings of the
 * lower-case words by the words around them (spherical k-means over left and right neighbour
 * counts, a fine and a coarse level, in the spirit of Brown clusters), and how often each word
 * is capitalised where capitals are not forced (mid-sentence, not in an all-caps line). The text
 * is the GMB corpus's words and CoNLL-2003 eng.train's words (tags unused); the dev file is
 * never read. Deterministic.
 */
import { readFileSync } from 'node:fs';
import { lexiconKey } from '../../lib/recognize/ner/features';

export interface WordClasses {
  /** Sorted lexicon keys (lexiconKey of the lower-case word). */
  keys: Uint32Array;
  /** Per key: fine cluster, coarse cluster (1-based; 0 is unknown), capitalisation class. */
  values: Uint8Array;
}

/** Sentences of the GMB CSV ("Sentence #,Word,POS,Tag"; words may be quoted). */
export function readGmbSentences(file: string): string[][] {
  const out: string[][] = [];
  let sentence: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    if (!line) continue;
    const comma = line.indexOf(',');
    if (line.slice(0, comma).startsWith('Sentence')) {
      if (sentence.length) out.push(sentence);
      sentence = [];
    }
    const rest = line.slice(comma + 1);
    // Word is everything before the last two fields (POS, tag).
    const tagAt = rest.lastIndexOf(',');
    const posAt = rest.lastIndexOf(',', tagAt - 1);
    let word = rest.slice(0, posAt);
    if (word.startsWith('"') && word.endsWith('"') && word.length > 1)
      word = word.slice(1, -1).replace(/""/g, '"');
    if (word) sentence.push(word);
  }
  if (sentence.length) out.push(sentence);
  return out;
}

const MIN_COUNT = 3;
const MAX_WORDS = 40_000;
const CONTEXT_WORDS = 1500;

function kmeans(
  vectors: { index: Int32Array; value: Float32Array }[],
  dims: number,
  k: number,
  iterations: number,
): Uint16Array {
  const n = vectors.length;
  // Centroids stored dimension-major so one sparse entry updates every cluster's score in a row.
  let cent = new Float32Array(dims * k);
  const init = (c: number, v: (typeof vectors)[number]) => {
    for (let e = 0; e < v.index.length; e++) cent[v.index[e] * k + c] = v.value[e];
  };
  // Seeds spread over the frequency ranks (the vectors come most frequent first).
  for (let c = 0; c < k; c++) init(c, vectors[Math.floor(((c + 0.5) * n) / k)]);
  const assign = new Uint16Array(n);
  const score = new Float32Array(k);
  for (let it = 0; it < iterations; it++) {
    let changed = 0;
    for (let i = 0; i < n; i++) {
      score.fill(0);
      const { index, value } = vectors[i];
      for (let e = 0; e < index.length; e++) {
        const base = index[e] * k;
        const x = value[e];
        for (let c = 0; c < k; c++) score[c] += x * cent[base + c];
      }
      let best = 0;
      for (let c = 1; c < k; c++) if (score[c] > score[best]) best = c;
      if (assign[i] !== best) changed++;
      assign[i] = best;
    }
    const next = new Float32Array(dims * k);
    for (let i = 0; i < n; i++) {
      const { index, value } = vectors[i];
      for (let e = 0; e < index.length; e++) next[index[e] * k + assign[i]] += value[e];
    }
    const norm = new Float64Array(k);
    for (let d = 0; d < dims; d++) for (let c = 0; c < k; c++) norm[c] += next[d * k + c] ** 2;
    for (let d = 0; d < dims; d++)
      for (let c = 0; c < k; c++) if (norm[c]) next[d * k + c] /= Math.sqrt(norm[c]);
    // An empty cluster keeps its old centroid.
    for (let c = 0; c < k; c++)
      if (!norm[c]) for (let d = 0; d < dims; d++) next[d * k + c] = cent[d * k + c];
    cent = next;
    if (changed === 0) break;
  }
  return assign;
}

export function buildWordClasses(
  sentences: string[][],
  fineK = 250,
  coarseK = 32,
  iterations = 12,
): WordClasses {
  const counts = new Map<string, number>();
  const lower = sentences.map((s) => s.map((w) => w.toLowerCase()));
  for (const s of lower) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
  const ranked = [...counts.entries()]
    .filter(([, c]) => c >= MIN_COUNT)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_WORDS)
    .map(([w]) => w);
  const vocab = new Map(ranked.map((w, i) => [w, i]));
  const ctxIndex = (w: string | undefined) => {
    if (w === undefined) return CONTEXT_WORDS; // sentence edge
    const r = vocab.get(w);
    return r !== undefined && r < CONTEXT_WORDS ? r : CONTEXT_WORDS + 1;
  };
  const side = CONTEXT_WORDS + 2;
  const raw = ranked.map(() => new Map<number, number>());
  const capitalised = new Uint32Array(ranked.length);
  const free = new Uint32Array(ranked.length);
  sentences.forEach((s, si) => {
    const ls = lower[si];
    const allCaps = s.filter((w) => /\p{L}/u.test(w)).every((w) => w === w.toUpperCase());
    for (let i = 0; i < s.length; i++) {
      const r = vocab.get(ls[i]);
      if (r === undefined) continue;
      const m = raw[r];
      const left = ctxIndex(ls[i - 1]);
      const right = side + ctxIndex(ls[i + 1]);
      m.set(left, (m.get(left) ?? 0) + 1);
      m.set(right, (m.get(right) ?? 0) + 1);
      const first = s[i].charAt(0);
      if (i > 0 && !allCaps && first.toLowerCase() !== first.toUpperCase()) {
        free[r]++;
        if (first !== first.toLowerCase()) capitalised[r]++;
      }
    }
  });
  // Square-root counts, unit length: cosine between context profiles.
  const vectors = raw.map((m) => {
    const entries = [...m.entries()].sort((a, b) => a[0] - b[0]);
    const value = Float32Array.from(entries, ([, c]) => Math.sqrt(c));
    const norm = Math.hypot(...value) || 1;
    for (let e = 0; e < value.length; e++) value[e] /= norm;
    return { index: Int32Array.from(entries, ([d]) => d), value };
  });
  const fine = kmeans(vectors, 2 * side, fineK, iterations);
  const coarse = kmeans(vectors, 2 * side, coarseK, iterations);
  const capClass = (r: number) => {
    if (!free[r]) return 0;
    const share = capitalised[r] / free[r];
    return share < 0.05 ? 1 : share < 0.5 ? 2 : share < 0.95 ? 3 : 4;
  };
  const rows = ranked
    .map((w, r) => ({ key: lexiconKey(w), r }))
    .sort((a, b) => a.key - b.key)
    .filter((row, i, all) => i === 0 || all[i - 1].key !== row.key);
  const keys = Uint32Array.from(rows, (row) => row.key);
  const values = new Uint8Array(rows.length * 3);
  rows.forEach(({ r }, i) => {
    values[i * 3] = fine[r] + 1;
    values[i * 3 + 1] = coarse[r] + 1;
    values[i * 3 + 2] = capClass(r);
  });
  return { keys, values };
}
