import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    revalidation: 'src/revalidation.ts',
    'cache-tags': 'src/cache-tags.ts',
    'site-paths': 'src/site-paths.ts',
    'issue-names': 'src/issue-names.ts',
    loopback: 'src/loopback.ts',
    preview: 'src/preview.ts',
    contract: 'src/contract/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
});
