// ESLint holds the conventions that review used to hold: typescript-eslint's recommended rules,
// eslint-plugin-regexp (with its super-linear backtracking rules as errors, so no regex over user
// input can backtrack catastrophically) and an import-cycle rule (type-only imports included).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import regexp from 'eslint-plugin-regexp'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'coverage/**',
      'docs/**',
      'node_modules/**',
      'test-results/**',
      'test/fixtures/**',
      '.data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    // TypeScript checks names itself; plain .mjs scripts (bench, generators, CI) run on Node.
    files: ['**/*.ts', '**/*.mts'],
    rules: { 'no-undef': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: Object.fromEntries(
        [
          'process',
          'console',
          'URL',
          'Buffer',
          'setTimeout',
          'clearTimeout',
          'setInterval',
          'clearInterval',
          'performance',
          'TextEncoder',
          'TextDecoder',
          'structuredClone',
          'globalThis',
          'queueMicrotask',
          'AbortController',
          'fetch',
          'crypto',
          'Intl',
          'gc',
          'setImmediate',
        ].map((g) => [g, 'readonly']),
      ),
    },
  },
  {
    files: ['**/*.ts', '**/*.mts', '**/*.mjs', '**/*.js'],
    plugins: { 'import-x': importX },
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    settings: {
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      // Sources import `./x.js` and the file on disk is `x.ts` (TypeScript's node16 convention): the
      // resolver maps the specifier back to the .ts file, or no-cycle would see no edges at all.
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.mts', '.js', '.mjs', '.json'],
          extensionAlias: { '.js': ['.ts', '.js'], '.mjs': ['.mts', '.mjs'] },
        }),
      ],
    },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/no-misleading-capturing-group': 'error',
      'import-x/no-cycle': ['error', { allowUnsafeDynamicCyclicDependency: false, ignoreExternal: true }],
      // Text code matches control characters on purpose (stripping C0 controls from user input).
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Issue 13: no function over ~120 lines in src/ (blank lines and comments not counted).
    files: ['src/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 120, skipBlankLines: true, skipComments: true }] },
  },
)
