#!/usr/bin/env node
// `npm test`: formatting, typecheck, lint, unit tests, build (Chromium + Firefox, with their store
// packages), the store linter on the Firefox package, end-to-end tests in real Chromium and in
// real Firefox, and the real-page gate in both. Every step runs even when an earlier one failed, and each prints a
// one-line result ("typecheck: 0 errors", "unit: N passed, N failed"); the exit code is non-zero
// when any step failed.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Files listed at most by the format step; the rest are counted. */
const MAX_LISTED = 10;

/** Run a command with its output shown as it comes (suites print their own summary line). */
const shown = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status;

/** Run a command, show its output, and return it for a summary. */
function captured(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  return { status: result.status, output };
}

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

function format() {
  const { status, output } = captured('npx', ['prettier', '--list-different', '.']);
  const files = output.split('\n').filter((line) => line.trim() && !line.startsWith('['));
  for (const file of files.slice(0, MAX_LISTED)) console.log(`  ${file}`);
  if (files.length > MAX_LISTED) console.log(`  … and ${files.length - MAX_LISTED} more`);
  if (status !== 0 && files.length === 0) process.stdout.write(output);
  console.log(`format: ${plural(files.length, 'file')} to format (npm run format)`);
  return status;
}

function typecheck() {
  const { status, output } = captured('npx', ['tsc', '--noEmit']);
  process.stdout.write(output);
  const errors = (output.match(/error TS\d+/g) ?? []).length;
  console.log(`typecheck: ${plural(status !== 0 && errors === 0 ? 1 : errors, 'error')}`);
  return status;
}

function lint() {
  const { status, output } = captured('npx', ['eslint', '.']);
  process.stdout.write(output);
  const problems = Number(/(\d+) problems?/.exec(output)?.[1] ?? (status === 0 ? 0 : 1));
  console.log(`lint: ${plural(problems, 'problem')}`);
  return status;
}

/** addons-linter on the Firefox package as the store receives it (the zip `npm run zip` wrote). */
function storeLint() {
  const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const zip = `.output/${name}-${version}-firefox.zip`;
  const result = spawnSync('npx', ['addons-linter', '--output', 'json', zip], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const out = result.stdout ?? '';
  let report;
  try {
    report = JSON.parse(out.slice(out.indexOf('{')));
  } catch {
    process.stdout.write(out + (result.stderr ?? ''));
    console.log('addons-linter: 1 error (no report)');
    return 1;
  }
  for (const m of [...report.errors, ...report.warnings, ...report.notices])
    console.log(`  ${m._type} ${m.code}${m.file ? ` (${m.file})` : ''}: ${m.message}`);
  const { errors, warnings, notices } = report.summary;
  console.log(
    `addons-linter: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(notices, 'notice')}`,
  );
  return errors > 0 ? 1 : 0;
}

const steps = [
  ['format', format],
  ['typecheck', typecheck],
  ['lint', lint],
  ['unit', () => shown('node', ['scripts/run-vitest.mjs', 'unit', 'vitest.config.ts'])],
  // `npm run zip` builds both browsers, then writes their packages and the sources archive.
  ['build', () => shown('npm', ['run', '--silent', 'zip'])],
  ['addons-linter', storeLint],
  ['e2e', () => shown('node', ['scripts/run-vitest.mjs', 'e2e', 'vitest.e2e.config.ts'])],
  [
    'e2e-firefox',
    () => shown('node', ['scripts/run-vitest.mjs', 'e2e-firefox', 'vitest.e2e-firefox.config.ts']),
  ],
  [
    'e2e-real',
    () => shown('node', ['scripts/run-vitest.mjs', 'e2e-real', 'vitest.e2e-real.config.ts']),
  ],
];
/** Steps that test the built extension, and so are not run when the build failed. */
const NEEDS_BUILD = new Set(['e2e', 'e2e-firefox', 'e2e-real']);
const failed = [];
for (const [name, run] of steps) {
  if (name === 'addons-linter' && failed.includes('build')) {
    console.log('addons-linter: 1 error (not run: the build failed)');
    failed.push(name);
    continue;
  }
  if (NEEDS_BUILD.has(name) && failed.includes('build')) {
    console.log(`${name}: 0 passed, 1 failed (not run: the build failed)`);
    failed.push(name);
    continue;
  }
  console.log(`\n── ${name} ──`);
  if (run() !== 0) failed.push(name);
}
console.log(
  failed.length
    ? `\nnpm test: failed steps: ${failed.join(', ')}`
    : '\nnpm test: every step passed',
);
process.exit(failed.length ? 1 : 0);
