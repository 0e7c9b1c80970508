import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/** What no renderer file may import (a later config for the same files replaces the rule, so both use it). */
const rendererBoundaries = [
  {
    group: ['node:*', 'fs', 'path', 'os', 'child_process', 'electron'],
    message: 'The renderer never touches Node.',
  },
  {
    group: ['**/electron/**', '**/cli/**'],
    message: 'The renderer talks to the service only through the typed API.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'dist-electron',
      'release',
      'test-results',
      'playwright-report',
      'bench/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // core/ is pure: it runs in the browser and in Node, with no I/O and no other layer.
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts', 'core/node/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process', 'electron'],
              message: 'core/ is pure: no Node or Electron imports.',
            },
            {
              group: ['**/electron/**', '**/renderer/**', '**/cli/**'],
              message: 'core/ depends on nothing else.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: rendererBoundaries,
        },
      ],
    },
  },
  {
    // The app shell composes the features; a feature never reaches back into it (the document store,
    // notices and API sit below the features in renderer/document, renderer/notices, renderer/api).
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/app/**', 'renderer/main.tsx', 'renderer/vite.config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...rendererBoundaries,
            {
              group: ['**/app/*', '../app/**'],
              message: 'Features do not import from the app shell (renderer/app): App composes them.',
            },
          ],
        },
      ],
    },
  },
  {
    // CommonJS on purpose (cli/bin/gwdraft.cjs: Node starts a CommonJS entry faster than an ES module).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
