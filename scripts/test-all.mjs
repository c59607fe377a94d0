#!/usr/bin/env node
// `npm test`: typecheck, lint, unit tests, build (Chromium + Firefox), end-to-end tests in real
// Chromium. Every step runs even when an earlier one failed, so each suite prints its own
// "N passed, N failed" line; the exit code is non-zero when any step failed.
import { spawnSync } from 'node:child_process';

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '.']],
  ['unit', 'node', ['scripts/run-vitest.mjs', 'unit', 'vitest.config.ts']],
  ['build', 'npm', ['run', '--silent', 'build:all']],
  ['e2e', 'node', ['scripts/run-vitest.mjs', 'e2e', 'vitest.e2e.config.ts']],
];
const failed = [];
for (const [name, command, args] of steps) {
  if (name === 'e2e' && failed.includes('build')) {
    console.log('e2e: 0 passed, 1 failed (not run: the build failed)');
    failed.push(name);
    continue;
  }
  console.log(`\n── ${name} ──`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) failed.push(name);
}
console.log(failed.length ? `\nnpm test: failed steps: ${failed.join(', ')}` : '\nnpm test: every step passed');
process.exit(failed.length ? 1 : 0);
