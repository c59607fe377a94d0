#!/usr/bin/env tsx
/**
 * `npm run eval:ner -- FILE`: runs the shipped model (public/model/ner.bin) with the starter
 * pack as gazetteer over a CoNLL-2003-format file and prints one JSON object: precision, recall
 * and F1 per type (PER, LOC, ORG) and overall, exact span match, MISC ignored; tokens; seconds;
 * and, per type, the precision of the spans in each confidence bin. `--table` also prints the
 * bins as a Markdown table.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gazetteerMasks } from '../lib/recognize/ner/gazetteer';
import { loadNerModel } from '../lib/recognize/ner/model';
import { createTagger } from '../lib/recognize/ner/tagger';
import { confidenceBins, confidenceTable, labelledSpans } from './ner/calibration';
import { readConll, score, spansOf } from './ner/conll';
import { starterGazetteer } from './ner/starter-gazetteer';

const ROOT = resolve(import.meta.dirname, '..');
const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!file || !existsSync(file)) {
  console.error(
    `usage: npm run eval:ner -- FILE (a CoNLL-2003 file)${file ? `; ${file} not found` : ''}`,
  );
  process.exit(1);
}
const tagger = createTagger(loadNerModel(readFileSync(resolve(ROOT, 'public/model/ner.bin'))));
const gaz = starterGazetteer(ROOT);
const docs = readConll(file);
const t0 = performance.now();
const predicted = docs.map((d) =>
  spansOf(tagger.tagTokens(d.words, d.sentenceStart, gazetteerMasks(d.words, gaz))),
);
const seconds = (performance.now() - t0) / 1000;
const labelled = docs.flatMap((d) =>
  labelledSpans(tagger.tokenSpans(d.words, d.sentenceStart, gazetteerMasks(d.words, gaz)), d.tags),
);
const result = score(
  docs.map((d) => spansOf(d.tags)),
  predicted,
);
console.log(
  JSON.stringify({
    file,
    ...result,
    tokens: docs.reduce((n, d) => n + d.words.length, 0),
    seconds: +seconds.toFixed(3),
    confidence: confidenceBins(labelled),
  }),
);
if (process.argv.includes('--table')) console.log(confidenceTable(labelled));
