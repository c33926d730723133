const { project, root } = require('@masthead/jest-config');

/**
 * Unit tests run without a database; the API suite runs twice, on a throwaway SQLite file and on a fresh PostgreSQL
 * database; the admin suite drives the built admin panel in Chromium.
 */
module.exports = {
  ...root,
  // Two suites at a time, whatever the core count says (jest's default is one fewer worker than cores: one on the
  // 2-core CI machine). A suite spends much of its time waiting on its database and its HTTP answers, so two share
  // the cores well; each has its own database (a SQLite file, a PostgreSQL database, where advisory locks are local
  // too), port, upload names and Redis keys (the rate limits' scope and the cache's epoch come from the database).
  maxWorkers: 2,
  globalSetup: '<rootDir>/tests/harness/global-setup.ts',
  projects: [
    { ...project, displayName: 'unit', testMatch: ['<rootDir>/src/**/__tests__/**/*.test.ts'] },
    {
      ...project,
      displayName: 'api:sqlite',
      testMatch: ['<rootDir>/tests/api/**/*.test.ts'],
      setupFiles: ['<rootDir>/tests/harness/use-sqlite.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/harness/api-test-budget.ts'],
    },
    {
      ...project,
      displayName: 'api:postgres',
      testMatch: ['<rootDir>/tests/api/**/*.test.ts'],
      setupFiles: ['<rootDir>/tests/harness/use-postgres.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/harness/api-test-budget.ts'],
    },
    { ...project, displayName: 'admin', testMatch: ['<rootDir>/tests/admin/**/*.test.ts'] },
  ],
};
