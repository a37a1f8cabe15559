import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

const core = ['./src/model', './src/layout', './src/coverage', './src/formats'];

/**
 * The layers, each importing only those below it: core <- render <- store <- ui. The core (model,
 * layout, coverage, formats) runs in Node, a worker and tests; render draws a geometry and
 * knows nothing of the app's state or controls.
 */
export const layerZones = [
  ...core.map((target) => ({
    target,
    from: ['./src/render', './src/store', './src/ui', './src/worker'],
    message:
      'The pure core (model, layout, coverage, formats) must not import render, store, ui or worker.',
  })),
  {
    target: './src/render',
    from: ['./src/store', './src/ui', './src/worker'],
    message: 'render draws what it is given: it must not import store, ui or worker.',
  },
  {
    target: './src/worker',
    from: ['./src/render', './src/store', './src/ui'],
    message: 'The layout worker runs the core: it must not import render, store or ui.',
  },
];

/** The options of import-x/no-restricted-paths for the layers under `root` (its src/ folder). */
export const layerRule = (root) => ({ basePath: root, zones: layerZones });

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'public',
      'test-results',
      'playwright-report',
      // Deliberately broken imports that lint-rules.test.ts lints on its own.
      'scripts/lint-fixtures',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      // Without these, import-x reads only .js files, and no-cycle would never see a circle.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      // Imports name their files with the extension (`./store.ts`), as Node resolves them.
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // The pipeline runs one way: core <- render <- ui. The core never reaches up.
      'import-x/no-restricted-paths': ['error', layerRule(import.meta.dirname)],
      // No module reaches itself through its imports (type-only imports do not count).
      'import-x/no-cycle': 'error',
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
