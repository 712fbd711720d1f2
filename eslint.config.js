import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import layers from './scripts/eslint/layers.js';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'public/**', 'test/golden/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { baleine: layers },
    rules: {
      'baleine/one-way-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      'no-control-regex': 'off',
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    // The engine is pure TypeScript: no DOM, no node APIs (DESIGN.md §2).
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['fs', 'path', 'child_process', 'crypto', 'os', 'http', 'net', 'zlib'].map((name) => ({
            name,
            message: 'The engine may not use node APIs; inject them.',
          })),
          patterns: [{ group: ['node:*'], message: 'The engine may not use node APIs; inject them.' }],
        },
      ],
    },
  },
);
