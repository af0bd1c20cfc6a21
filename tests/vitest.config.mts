import {defineConfig} from 'vitest/config';

export default defineConfig({
  // JSX of components under test uses the automatic runtime, as Docusaurus compiles it (tsconfig keeps `preserve` for Docusaurus).
  oxc: {jsx: {runtime: 'automatic'}},
  test: {
    root: `${import.meta.dirname}/..`,
    include: ['tests/**/*.test.ts'],
    // Installs Debian's Chromium, Noto fonts and poppler-utils when they are missing.
    globalSetup: ['tests/support/system-packages.ts'],
    // Builds and browser tests take their time on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 600_000,
    reporters: ['default', ['json', {outputFile: 'test-results/vitest.json'}]],
  },
});
