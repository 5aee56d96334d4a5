import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Corpus and browser tests do real work on a shared 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // The corpus and site tests are heavy; running them side by side only thrashes 2 cores.
    maxWorkers: 2,
    // CI also keeps a machine-readable result, from which .ci/run prints a plain closing line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: '.ci/test-results.json' }]] : ['default'],
  },
});
