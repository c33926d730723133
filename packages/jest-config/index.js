/**
 * The jest preset every Masthead package uses: TypeScript through SWC (no type-checking at test time; `typecheck`
 * does that), Node environment, and the results file that .ci/run sums across all jest runs.
 */
const swcTransform = [
  require.resolve('@swc/jest'),
  {
    jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022', transform: { react: { runtime: 'automatic' } } },
    module: { type: 'commonjs' },
  },
];

/** Options that belong to each jest project. */
const project = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': swcTransform },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.tmp/', '/.next/', '/.next-[^/]*/', '/build/'],
};

/** Options that belong to the root of a jest config (reporters cannot be set per project). */
const root = {
  reporters: ['default', require.resolve('./results-reporter')],
};

module.exports = { project, root };
