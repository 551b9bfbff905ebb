import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', '.demo/', 'lib/index/generated/', 'bench/results/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Page text is data: it never reaches a code path that parses or runs it.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Page text is data: use textContent or Preact.' },
        { property: 'outerHTML', message: 'Page text is data: use textContent or Preact.' },
        { property: 'insertAdjacentHTML', message: 'Page text is data: use DOM methods.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Layers: lib/ is the extension's logic, the UI sits on top of it.
    files: ['lib/**/*.ts'],
    ignores: ['lib/claim/reading/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/entrypoints/**', '**/components/**'], message: 'lib/ imports neither entrypoints nor components.' }] },
      ],
    },
  },
  {
    // The claim tier's reading stage is what the index builder reads with: it imports nothing of matching.
    files: ['lib/claim/reading/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/entrypoints/**', '**/components/**'], message: 'lib/ imports neither entrypoints nor components.' },
            {
              group: ['**/match/**', '**/index/**', '../claim', '../rules', '../units/**', '../retrieval/**', '../verification/**', '../explanation/**'],
              message: 'The reading stage imports nothing of matching (lib/claim/README.md).',
            },
          ],
        },
      ],
    },
  },
  {
    // Benchmarks measure lib/ as shipped; test helpers are no part of it.
    files: ['bench/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/tests/**'], message: 'bench/ does not import from tests/.' }] }],
    },
  },
  {
    files: ['**/*.tsx'],
    rules: {
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page text is data.' }],
    },
  },
);
