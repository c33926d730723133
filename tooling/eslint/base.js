import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * ESLint's and typescript-eslint's recommended rules for every file a package owns. Not type-aware: on two cores the
 * type-checked presets cost a full `tsc` per package on every lint, and `typecheck` already runs the compiler.
 */
export const base = defineConfig(
  globalIgnores([
    '**/dist/',
    '**/build/',
    '**/.next/',
    '**/.next-*/',
    '**/.strapi/',
    '**/.tmp/',
    '**/coverage/',
    '**/test-artifacts/',
    '**/types/generated/',
    '**/next-env.d.ts',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks what a signature needs but the body does not (Strapi's and Koa's callbacks).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
);

/** `.js` and `.cjs` files are CommonJS in every package that is not `"type": "module"`: `require` is how they import. */
export const commonJs = (files = ['**/*.js', '**/*.cjs']) =>
  defineConfig({
    files,
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  });
