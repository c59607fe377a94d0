import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: pure lib/ code in Node, Dexie on fake-indexeddb, browser APIs through WXT's fake
// browser. DOM tests opt in with `// @vitest-environment happy-dom`.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    setupFiles: ['fake-indexeddb/auto', 'tests/unit/setup-locale.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
