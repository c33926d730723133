import nextPlugin from '@next/eslint-plugin-next';
import { defineConfig } from 'eslint/config';

/** Next's own rules (what `next lint` ran before Next 16 dropped it), Core Web Vitals ones as errors. */
export const nextJs = defineConfig({
  ...nextPlugin.configs['core-web-vitals'],
  files: ['**/*.ts', '**/*.tsx'],
  rules: {
    ...nextPlugin.configs['core-web-vitals'].rules,
    // The site is App Router only: this rule looks for a pages/ folder, which does not exist.
    '@next/next/no-html-link-for-pages': 'off',
  },
});
