#!/usr/bin/env tsx
/**
 * `npm run train:ner`: trains the greedy averaged perceptron on CoNLL-2003 eng.train (in
 * ../shared/data/ner), with word classes induced from unlabelled text (the GMB corpus's words and
 * eng.train's words), picks the epoch count on eng.testa, fits the span confidence on one half of
 * eng.testa's documents and prints its precision by confidence on the other half, and writes
 * public/model/ner.bin. Deterministic: a fixed shuffle seed. The weights are trained on Reuters
 * text; the text itself never enters the repository.
 * Environment: NER_DATA, NER_GMB (data paths), NER_OUT, NER_BITS (log2 buckets), NER_EPOCHS.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  buildContext,
  MAX_FEATURES,
  recordTag,
  resetHistory,
  tokenFeatures,
} from '../lib/recognize/ner/features';
import { gazetteerMasks } from '../lib/recognize/ner/gazetteer';
import { encodeNerModel, TAGS } from '../lib/recognize/ner/model';
import { allowed, createTagger } from '../lib/recognize/ner/tagger';
import { readConll, score, spansOf, type Doc } from './ner/conll';
import { confidenceTable, fitCalibration, labelledSpans } from './ner/calibration';
import { starterGazetteer } from './ner/starter-gazetteer';
import { buildWordClasses, readGmbSentences } from './ner/word-classes';

const ROOT = resolve(import.meta.dirname, '..');
const DATA = process.env.NER_DATA ?? resolve(ROOT, '../shared/data/ner/conll2003');
const GMB = process.env.NER_GMB ?? resolve(ROOT, '../shared/data/ner/gmb/ner_dataset.csv');
const OUT = resolve(ROOT, process.env.NER_OUT ?? 'public/model/ner.bin');
/** 2^17 buckets × 9 tags as int16: 2.4 MB; more buckets (fewer collisions) gained little. */
const BUCKETS = 1 << Number(process.env.NER_BITS ?? 17);
const MAX_EPOCHS = Number(process.env.NER_EPOCHS ?? 20);
const C = TAGS.length;
/** Share of non-zero weights kept unclipped by int8 quantisation. */
const CLIP_PERCENTILE = Number(process.env.NER_CLIP ?? 1);

function seededShuffle<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function sentencesOf(docs: Doc[]): string[][] {
  const out: string[][] = [];
  for (const d of docs)
    d.words.forEach((w, i) =>
      d.sentenceStart[i] || !out.length ? out.push([w]) : out.at(-1)!.push(w),
    );
  return out;
}

function main() {
  const gaz = starterGazetteer(ROOT);
  const trainDocs = readConll(resolve(DATA, 'eng.train'));
  const t0 = performance.now();
  const lexicon = buildWordClasses([...readGmbSentences(GMB), ...sentencesOf(trainDocs)]);
  console.log(
    `word classes: ${lexicon.keys.length} words in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const prepare = (docs: Doc[]) =>
    docs.map((d) => ({
      doc: d,
      ctx: buildContext(d.words, d.sentenceStart, gazetteerMasks(d.words, gaz), lexicon),
    }));
  const train = prepare(trainDocs);
  const dev = prepare(readConll(resolve(DATA, 'eng.testa')));
  const tagIndex = new Map<string, number>(TAGS.map((t, i) => [t, i]));

  // Averaged perceptron with lazy averaging: w (current), sum of w over time, last update time.
  const w = new Float64Array(BUCKETS * C);
  const total = new Float64Array(BUCKETS * C);
  const stamp = new Float64Array(BUCKETS * C);
  let time = 1;
  const bump = (index: number, delta: number) => {
    total[index] += (time - stamp[index]) * w[index];
    stamp[index] = time;
    w[index] += delta;
  };
  const averaged = () => {
    const avg = new Float64Array(BUCKETS * C);
    for (let i = 0; i < avg.length; i++) avg[i] = (total[i] + (time - stamp[i]) * w[i]) / time;
    return avg;
  };
  const quantise = (weights: Float64Array) => {
    // Scale to a high percentile of the non-zero weights, clipping the few outliers: scaling to
    // the maximum would round most weights to zero.
    const magnitudes = Array.from(weights, Math.abs)
      .filter((x) => x > 0)
      .sort((a, b) => a - b);
    const clip =
      magnitudes[
        Math.min(magnitudes.length - 1, Math.floor(magnitudes.length * CLIP_PERCENTILE))
      ] ?? 1;
    const scale = clip / 32767 || 1;
    const q = new Int16Array(weights.length);
    for (let i = 0; i < weights.length; i++)
      q[i] = Math.max(-32767, Math.min(32767, Math.round(weights[i] / scale)));
    return { buckets: BUCKETS, classes: C, scale, weights: q, lexicon };
  };
  const evaluate = (model: ReturnType<typeof quantise>) => {
    const tagger = createTagger(model);
    const gold = dev.map(({ doc }) => spansOf(doc.tags));
    const pred = dev.map(({ doc, ctx }) =>
      spansOf(tagger.tagTokens(doc.words, doc.sentenceStart, ctx.gazetteer)),
    );
    return score(gold, pred);
  };

  const feats = new Uint32Array(MAX_FEATURES);
  const scores = new Float64Array(C);
  let best = { f1: -1, epoch: 0, model: null as ReturnType<typeof quantise> | null };
  for (let epoch = 1; epoch <= MAX_EPOCHS; epoch++) {
    const t0 = performance.now();
    let tokens = 0;
    for (const { doc, ctx } of seededShuffle(train, epoch)) {
      let prev1 = 0;
      let prev2 = 0;
      resetHistory(ctx);
      for (let i = 0; i < doc.words.length; i++) {
        if (doc.sentenceStart[i]) prev1 = prev2 = 0;
        const n = tokenFeatures(ctx, i, prev1, prev2, BUCKETS, feats);
        scores.fill(0);
        for (let f = 0; f < n; f++) for (let c = 0; c < C; c++) scores[c] += w[feats[f] * C + c];
        let guess = 0;
        for (let c = 1; c < C; c++) if (allowed(c, prev1) && scores[c] > scores[guess]) guess = c;
        const truth = tagIndex.get(doc.tags[i]) as number;
        if (guess !== truth) {
          for (let f = 0; f < n; f++) {
            bump(feats[f] * C + truth, 1);
            bump(feats[f] * C + guess, -1);
          }
        }
        recordTag(ctx, i, guess);
        time++;
        tokens++;
        prev2 = prev1;
        // Train on its own predictions (as inference will run), not on the gold history.
        prev1 = guess;
      }
    }
    const model = quantise(averaged());
    const result = evaluate(model);
    if (process.env.NER_FLOAT)
      console.log(
        'unquantised',
        evaluate({
          buckets: BUCKETS,
          classes: C,
          scale: 1,
          weights: averaged() as unknown as Int16Array<ArrayBuffer>,
          lexicon,
        }).overall,
      );
    console.log(
      `epoch ${epoch}: ${Math.round(tokens / ((performance.now() - t0) / 1000))} tokens/s, dev F1 ${result.overall.f1} (PER ${result.PER.f1}, LOC ${result.LOC.f1}, ORG ${result.ORG.f1})`,
    );
    if (result.overall.f1 > best.f1) best = { f1: result.overall.f1, epoch, model };
  }
  // Confidence: fitted on the odd documents of the dev file, reported on the even ones.
  const model = best.model!;
  const tagger = createTagger(model);
  const half = (odd: number) =>
    dev
      .filter((_, d) => d % 2 === odd)
      .flatMap(({ doc, ctx }) =>
        labelledSpans(tagger.tokenSpans(doc.words, doc.sentenceStart, ctx.gazetteer), doc.tags),
      );
  const calibration = fitCalibration(half(1));
  const calibrated = createTagger({ ...model, calibration });
  const heldOut = dev
    .filter((_, d) => d % 2 === 0)
    .flatMap(({ doc, ctx }) =>
      labelledSpans(calibrated.tokenSpans(doc.words, doc.sentenceStart, ctx.gazetteer), doc.tags),
    );
  console.log(`calibration ${[...calibration].map((x) => x.toFixed(4)).join(' ')}`);
  console.log(confidenceTable(heldOut));
  const bytes = encodeNerModel({ ...model, calibration });
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, bytes);
  console.log(
    `best epoch ${best.epoch}: dev F1 ${best.f1}; wrote ${OUT} (${(bytes.length / 1e6).toFixed(2)} MB, ${(gzipSync(bytes).length / 1e6).toFixed(2)} MB gzipped)`,
  );
}

main();
