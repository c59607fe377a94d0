/** CoNLL-2003 files: documents of sentences of (word, tag), tags converted from IOB1 to BIO. */
import { readFileSync } from 'node:fs';
import { TAGS, type Tag } from '../../lib/recognize/ner/model';

export interface Doc {
  words: string[];
  tags: Tag[];
  sentenceStart: boolean[];
}

export function readConll(file: string): Doc[] {
  const docs: Doc[] = [];
  let doc: Doc = { words: [], tags: [], sentenceStart: [] };
  let newSentence = true;
  let prevType = 'O';
  const flush = () => {
    if (doc.words.length) docs.push(doc);
    doc = { words: [], tags: [], sentenceStart: [] };
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (parts[0] === '-DOCSTART-') {
      flush();
      newSentence = true;
      continue;
    }
    if (parts.length < 2 || !parts[0]) {
      newSentence = true;
      prevType = 'O';
      continue;
    }
    const raw = parts[parts.length - 1];
    const type = raw === 'O' ? 'O' : raw.slice(2);
    // IOB1 → BIO: a span starts where the type changes or the file says B-.
    const tag = (
      type === 'O' ? 'O' : raw.startsWith('B-') || type !== prevType ? `B-${type}` : `I-${type}`
    ) as Tag;
    if (!TAGS.includes(tag)) throw new Error(`unknown tag ${raw} in ${file}`);
    doc.words.push(parts[0]);
    doc.tags.push(tag);
    doc.sentenceStart.push(newSentence);
    newSentence = false;
    prevType = type;
  }
  flush();
  return docs;
}

/** Exact-match spans of PER/LOC/ORG (MISC ignored) as "start:end:TYPE" strings. */
export function spansOf(tags: readonly string[]): Set<string> {
  const spans = new Set<string>();
  for (let i = 0; i < tags.length;) {
    const type = tags[i] === 'O' ? '' : tags[i].slice(2);
    if (!type || type === 'MISC') {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tags.length && tags[j] === `I-${type}`) j++;
    spans.add(`${i}:${j}:${type}`);
    i = j;
  }
  return spans;
}

/** Precision, recall, F1 per type and overall. */
export function score(gold: Set<string>[], predicted: Set<string>[]) {
  const types = ['PER', 'LOC', 'ORG'];
  const counts = Object.fromEntries([...types, 'overall'].map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  gold.forEach((g, d) => {
    const p = predicted[d];
    for (const s of p) {
      const t = s.split(':')[2];
      const hit = g.has(s);
      counts[t][hit ? 'tp' : 'fp']++;
      counts.overall[hit ? 'tp' : 'fp']++;
    }
    for (const s of g) {
      if (p.has(s)) continue;
      counts[s.split(':')[2]].fn++;
      counts.overall.fn++;
    }
  });
  const out: Record<string, { precision: number; recall: number; f1: number }> = {};
  for (const [t, c] of Object.entries(counts)) {
    const precision = c.tp / Math.max(1, c.tp + c.fp);
    const recall = c.tp / Math.max(1, c.tp + c.fn);
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    out[t] = { precision: +precision.toFixed(4), recall: +recall.toFixed(4), f1: +f1.toFixed(4) };
  }
  return out;
}
