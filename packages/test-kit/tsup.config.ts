import { defineConfig } from 'tsup';

// Built twice: CommonJS for the jest suites (SWC compiles them to require), ESM for the benchmarks node runs.
// Chromium and the strict XML parser are entries of their own, so a bench does not load playwright-core.
export default defineConfig({
  entry: { index: 'src/index.ts', chromium: 'src/chromium.ts', 'strict-xml': 'src/strict-xml.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // repo-paths.ts locates the repository from __dirname, which ESM has only through this shim.
  shims: true,
});
