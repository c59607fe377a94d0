import { defineConfig } from 'vitest/config';

// End-to-end tests in Firefox (Debian's firefox-esr over WebDriver BiDi) with the Firefox build,
// one file at a time: each launches its own browser and two cores are all CI has.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
