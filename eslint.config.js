// ESLint (flat config) with typescript-eslint: the recommended rules, and the type-aware ones that pay in this code
// base (an unawaited promise in a handler or a worker loses its error). Import cycles and the layering are checked
// by test/architecture/layering.test.ts, which reads the same import graph faster than a lint plugin would.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-tools/**',
      'coverage/**',
      'node_modules/**',
      'test/corpus/**',
      'rules/**/*.py',
      '**/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { project: './tsconfig.lint.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports' },
      ],
      // Stripping control characters from repository-controlled text is what those regexes are for.
      'no-control-regex': 'off',
      // Classes of invisible, joining and variation-selector characters are listed on purpose: to find or strip them.
      'no-misleading-character-class': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrors: 'none',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // Tests and tools read loosely typed JSON (webhook payloads, OpenAPI documents, SARIF logs) by design.
    files: ['test/**/*.ts', 'tools/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      // Hostile-text tests hold zero-width and other irregular spaces on purpose.
      'no-irregular-whitespace': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
