#!/usr/bin/env node
// Runs one Vitest suite and prints the plain "N passed, N failed" line that CI reads
// (Vitest's own summary is not in a form CI recognises). Usage: run-vitest.mjs NAME CONFIG
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [name = 'unit', config = 'vitest.config.ts', ...rest] = process.argv.slice(2);
const out = join(mkdtempSync(join(tmpdir(), 'backstory-vitest-')), 'results.json');
const run = spawnSync(
  process.execPath,
  [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
    ...rest,
  ],
  { stdio: 'inherit' },
);
let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(out)) {
  const report = JSON.parse(readFileSync(out, 'utf8'));
  passed = report.numPassedTests;
  failed = report.numFailedTests;
  skipped = report.numPendingTests + (report.numTodoTests ?? 0);
  // A file whose setup failed runs no test: count it as failed, or the line would read as a pass.
  if (failed === 0 && run.status !== 0) failed = Math.max(1, report.numFailedTestSuites ?? 0);
} else {
  failed = 1; // Vitest crashed before reporting: count it as a failure, never as a pass.
}
console.log(`${name}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(run.status === 0 && failed === 0 && passed > 0 ? 0 : 1);
