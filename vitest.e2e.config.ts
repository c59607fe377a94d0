import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium (Debian's) with the built extension, one file at a time
// because each launches its own browser and two cores are all CI has.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
