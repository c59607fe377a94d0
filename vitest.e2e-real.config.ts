import { defineConfig } from 'vitest/config';

// The real-page gate: every saved page of ../shared in Chromium and in Firefox, one browser at a
// time (two cores are all CI has).
export default defineConfig({
  test: {
    include: ['tests/e2e-real/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
