import './scripts/require-node.mjs';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser and fixture-build tests share one Chromium and one CPU budget.
    fileParallelism: false,
    // Tests marked concurrent (the bad-input builds, each in its own project copy) run one per core.
    maxConcurrency: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
