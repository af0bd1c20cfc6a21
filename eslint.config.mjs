// One linter for the project: TypeScript rules for all code, the Docusaurus
// plugin's rules for site code.
import docusaurus from '@docusaurus/eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {ignores: ['build/', '**/.docusaurus*/', 'test-results/', 'node_modules/', 'i18n/', 'white-paper_versioned_docs/', 'tests/fixtures/']},
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: {'@docusaurus': docusaurus},
    rules: {
      '@docusaurus/no-html-links': 'error',
      '@docusaurus/prefer-docusaurus-heading': 'error',
      '@docusaurus/no-untranslated-text': ['warn', {ignoredStrings: ['·', '–', '(', ')', ':', '—', '×']}],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', varsIgnorePattern: '^_'}],
    },
  },
);
