/**
 * ESLint (flat config): @eslint/js and typescript-eslint's recommended rules, each area with the globals of the
 * place it runs in, and eslint-config-prettier last so no rule argues with the formatter. The architecture's
 * walls (who may import whom, no cycles) are dependency-cruiser's job: .dependency-cruiser.cjs, also in
 * `npm run lint`.
 */
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    'dist/',
    'node_modules/',
    '.neo4j/',
    'bench/results/',
    'test-results/',
    '.ci/venv/',
    '.schemathesis/',
    'backups/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // `_name` marks a parameter a callback's signature needs but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['server/**', 'scripts/**', 'bench/**', 'test/**', '*.js', '*.cjs', '*.ts'],
    languageOptions: { globals: globals.node },
  },
  { files: ['web/**'], languageOptions: { globals: globals.browser } },
  prettier,
);
