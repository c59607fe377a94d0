#!/usr/bin/env tsx
/**
 * `npm run bench:recognize`: Backstory's recognizer against compromise and wink-nlp (the
 * libraries a user would otherwise pick) on the same text, in one process: the CoNLL-2003 dev
 * documents and the article text of the real saved pages (both in ../shared). Prints tokens per
 * second and ratios, the time for a 2,000-word article, and the model's memory; writes
 * bench-results/recognize.json.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import nlpCompromise from 'compromise';
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import { entityHits } from '../lib/db/entity-hits';
import { aliasKeysOf } from '../lib/packs/validate-pack';
import { PrepareCache } from '../lib/recognize/prepare-cache';
import { splitBlocks } from '../lib/text/blocks';
import { loadNerModel } from '../lib/recognize/ner/model';
import { createTagger } from '../lib/recognize/ner/tagger';
import { finish } from '../lib/recognize/recognize';
import type { EntityHit } from '../lib/types/mention';
import { readConll } from './ner/conll';
import { readPackText } from './pack/pack-file';

const ROOT = resolve(import.meta.dirname, '..');
const SHARED = resolve(ROOT, '../shared');
if (!existsSync(join(SHARED, 'data/ner/conll2003/eng.testa'))) {
  console.log(`bench:recognize needs ${SHARED} (CoNLL dev file and real pages); skipped.`);
  process.exit(0);
}

function corpus(): string[] {
  const docs = readConll(join(SHARED, 'data/ner/conll2003/eng.testa')).map((d) => {
    let text = '';
    d.words.forEach((w, i) => (text += (d.sentenceStart[i] && i ? '\n' : i ? ' ' : '') + w));
    return text;
  });
  const real = join(SHARED, 'fixtures/pages/real');
  for (const dir of readdirSync(real)) {
    const file = join(real, dir, 'expected.html');
    if (existsSync(file))
      docs.push(
        readFileSync(file, 'utf8')
          .replace(/<\/(p|h\d|li|div)>/gi, '\n')
          .replace(/<[^>]*>/g, ' ')
          .replace(/&[a-z#0-9]+;/gi, ' ')
          .replace(/[ \t]+/g, ' '),
      );
  }
  return docs;
}

function packIndex(): Map<string, EntityHit[]> {
  const pack = JSON.parse(readPackText()) as {
    entities: {
      id: string;
      type: EntityHit['type'];
      name: string;
      aliases: string[];
      prominence: number;
    }[];
  };
  const index = new Map<string, EntityHit[]>();
  for (const e of pack.entities)
    for (const [key, hit] of entityHits({ ...e, ...aliasKeysOf([e.name, ...e.aliases]) }))
      index.set(key, [...(index.get(key) ?? []), hit]);
  return index;
}

const tokensIn = (texts: string[]) => texts.reduce((n, t) => n + (t.match(/\S+/g)?.length ?? 0), 0);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timeIt(run: () => void, minMs = 1500): number {
  run(); // warm-up
  let runs = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) {
    run();
    runs++;
  }
  return (performance.now() - t0) / runs;
}

function main() {
  const texts = corpus();
  const tokens = tokensIn(texts);
  const index = packIndex();
  const heapBefore = process.memoryUsage();
  const tagger = createTagger(loadNerModel(readFileSync(join(ROOT, 'public/model/ner.bin'))));
  const heapAfter = process.memoryUsage();

  // Ours: the page pipeline on each text, blocks prepared from scratch every run (no cache reuse).
  const ours = (text: string) => {
    const cache = new PrepareCache();
    const state = new Map<string, EntityHit>();
    for (const b of splitBlocks(text))
      finish(cache.get(b.text), (k) => index.get(k), state, tagger);
  };
  const wink = winkNLP(winkModel);
  const peers: Record<string, (text: string) => void> = {
    backstory: ours,
    compromise: (text) => {
      const doc = nlpCompromise(text);
      doc.people().out('array');
      doc.places().out('array');
      doc.organizations().out('array');
    },
    'wink-nlp': (text) => {
      wink.readDoc(text).entities().out();
    },
  };
  const results: Record<string, { tokensPerSecond: number; msPerCorpus: number }> = {};
  for (const [name, run] of Object.entries(peers)) {
    const ms = timeIt(() => texts.forEach(run), name === 'compromise' ? 3000 : 1500);
    results[name] = {
      tokensPerSecond: Math.round(tokens / (ms / 1000)),
      msPerCorpus: +ms.toFixed(1),
    };
    console.log(
      `${name.padEnd(11)} ${results[name].tokensPerSecond.toLocaleString('en-US').padStart(12)} tokens/s`,
    );
  }
  // A 2,000-word article: the first 2,000 words of the real pages' text.
  const words = texts
    .slice(-16)
    .join('\n')
    .split(/(?<=\s)/);
  const article = words.slice(0, 2000).join('');
  const times: number[] = [];
  ours(article);
  for (let i = 0; i < 60; i++) {
    const t0 = performance.now();
    ours(article);
    times.push(performance.now() - t0);
  }
  const summary = {
    tokens,
    texts: texts.length,
    results,
    ratioToCompromise: +(
      results.backstory.tokensPerSecond / results.compromise.tokensPerSecond
    ).toFixed(2),
    ratioToWink: +(results.backstory.tokensPerSecond / results['wink-nlp'].tokensPerSecond).toFixed(
      2,
    ),
    article2000WordsMs: +median(times).toFixed(2),
    modelMemoryMb: {
      heap: +((heapAfter.heapUsed - heapBefore.heapUsed) / 1e6).toFixed(2),
      arrayBuffers: +((heapAfter.arrayBuffers - heapBefore.arrayBuffers) / 1e6).toFixed(2),
    },
    targets: { ratioToCompromise: 20, article2000WordsMs: 5 },
  };
  console.log(JSON.stringify(summary, null, 2));
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench-results/recognize.json'),
    JSON.stringify({ date: new Date().toISOString(), node: process.version, ...summary }, null, 2) +
      '\n',
  );
}

main();
