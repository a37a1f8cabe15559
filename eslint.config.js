import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';

const core = ['./src/model', './src/layout', './src/coverage', './src/formats'];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'public', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // The pipeline runs one way: core <- render <- ui. The core never reaches up.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: core.map((target) => ({
            target,
            from: ['./src/render', './src/store', './src/ui'],
            message:
              'The pure core (model, layout, coverage, formats) must not import render, store or ui.',
          })),
        },
      ],
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['src/model/**', 'src/layout/**', 'src/coverage/**', 'src/formats/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'zustand', 'd3'],
          patterns: ['react/*', 'react-dom/*', 'zustand/*'],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
);
