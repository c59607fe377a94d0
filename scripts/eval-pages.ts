#!/usr/bin/env tsx
/**
 * `npm run eval:pages [-- --only NAME[,NAME]] [-- --json] [-- --text] [-- --labels DIR]`: how right the highlights
 * are on the labelled pages (tests/eval/labels), scored as docs/evaluation.md says. By default
 * each page is loaded with the built extension in Chromium and what is really painted is scored;
 * `--text` (also `npm run eval:text`) runs the background's recognizer over the labelled text's
 * lines instead, with no browser, for quick turns while tuning the recognizer. One JSON summary
 * on stdout (also written to bench-results/eval-pages.json, or eval-text.json), a table and the
 * top error examples on stderr (`--json`: the JSON alone).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SHARED_DIR } from './harness/paths';
import { sharedCommonWords } from './eval/common-words';
import { labelledText, labelProblems, readAllLabels, type LabelFile } from './eval/labels';
import { packNames } from './eval/pack-names';
import { examplesText, scoreTable, summarise } from './eval/report';
import { scorePage, sumScores, type Painted, type Score, type ScoreContext } from './eval/score';
import { pagePainter } from './eval/page-painter';
import { textRecognizer } from './eval/text-recognizer';

const args = process.argv.slice(2);
const JSON_ONLY = args.includes('--json');
const TEXT_ONLY = args.includes('--text');
const onlyArg = args.indexOf('--only');
const ONLY = onlyArg >= 0 ? new Set(args[onlyArg + 1]?.split(',')) : null;
/** `--labels DIR`: label files from elsewhere (work in progress); nothing is written. */
const labelsArg = args.indexOf('--labels');
const LABELS = labelsArg >= 0 ? args[labelsArg + 1] : undefined;
/** Examples per error class: enough to see what to fix, short enough to read. */
const EXAMPLES = 15;
const STARTED = Date.now();
const progress = (...parts: unknown[]) => {
  if (!JSON_ONLY) console.error(`[${Math.round((Date.now() - STARTED) / 1000)} s]`, ...parts);
};

/** What paints a page: labelled file and its text in, highlights placed in that text out. */
export type PagePainter = (file: LabelFile, text: string) => Promise<Painted[]>;

async function textPainter(): Promise<{ paint: PagePainter; close: () => Promise<void> }> {
  const recognizer = await textRecognizer();
  return { paint: (_file, text) => recognizer.recognize(text), close: recognizer.close };
}

async function main() {
  if (!existsSync(join(SHARED_DIR, 'fixtures/pages'))) {
    console.log(`eval:pages needs ${SHARED_DIR} (the labelled pages); skipped.`);
    return;
  }
  const files = readAllLabels(LABELS).filter((f) => !ONLY || ONLY.has(f.page));
  if (!files.length) {
    console.error(`eval:pages: no label files${ONLY ? ` named ${[...ONLY].join(', ')}` : ''}.`);
    process.exit(2);
  }
  const texts = new Map(files.map((f) => [f.page, labelledText(f)]));
  const problems = files.flatMap((f) => labelProblems(f, texts.get(f.page)!));
  if (problems.length) {
    console.error(`eval:pages: label files do not match their pages:\n${problems.join('\n')}`);
    process.exit(2);
  }
  const context: ScoreContext = {
    entityNames: packNames(),
    isCommon: (
      (common) => (word: string) =>
        common.has(word)
    )(sharedCommonWords(join(SHARED_DIR, 'data/ner'))),
  };
  progress(`${files.length} labelled pages, ${TEXT_ONLY ? 'text only' : 'in Chromium'}`);
  const painter: {
    paint: PagePainter;
    close: () => Promise<void>;
    problems?: Map<string, string[]>;
  } = TEXT_ONLY ? await textPainter() : await pagePainter();
  const rows: { page: string; lang?: string; score: Score }[] = [];
  try {
    for (const file of files) {
      const text = texts.get(file.page)!;
      const painted = await painter.paint(file, text);
      const score = scorePage(file, text, painted, context);
      rows.push({ page: file.page, lang: file.lang, score });
      const problems = painter.problems?.get(file.page)?.length;
      progress(
        `${file.page}: ${painted.length} highlights${problems ? ` (${problems} pairing problems)` : ''}, precision ${score.overall.precision ?? '-'}, recall ${score.overall.recall ?? '-'}`,
      );
    }
  } finally {
    await painter.close();
  }
  const total = sumScores(rows.map((r) => r.score));
  const summary = {
    date: new Date().toISOString(),
    mode: TEXT_ONLY ? 'text' : 'pages',
    pages: rows.length,
    runtimeS: Math.round((Date.now() - STARTED) / 1000),
    total: summarise(total, EXAMPLES),
    perPage: rows.map((r) => {
      const problems = painter.problems?.get(r.page) ?? [];
      return {
        page: r.page,
        lang: r.lang,
        ...summarise(r.score, 5),
        // Ranges and page-index entries that did not pair (or a page never reported scanned).
        ...(problems.length
          ? { pairing: { count: problems.length, examples: problems.slice(0, 5) } }
          : {}),
      };
    }),
  };
  if (!ONLY && !LABELS) {
    mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
    writeFileSync(
      join(ROOT, `bench-results/${TEXT_ONLY ? 'eval-text' : 'eval-pages'}.json`),
      JSON.stringify(summary, null, 2) + '\n',
    );
  }
  console.log(JSON.stringify(summary, null, 2));
  if (!JSON_ONLY) console.error(`\n${scoreTable(rows, total)}\n${examplesText(total, EXAMPLES)}\n`);
}

await main();
