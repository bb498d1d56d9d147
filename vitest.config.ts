import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The corpus holds fixtures shaped like real projects, test files included.
    exclude: ['test/corpus/**', '**/node_modules/**'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
