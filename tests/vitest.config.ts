import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    root: `${__dirname}/..`,
    include: ['tests/**/*.test.ts'],
    // Builds and browser tests take their time on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 600_000,
    reporters: ['default', ['json', {outputFile: 'test-results/vitest.json'}]],
  },
});
