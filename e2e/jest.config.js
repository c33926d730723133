const { project, root } = require('@masthead/jest-config');

/**
 * Suites that span the apps. The browser suite's global setup starts the built CMS seeded with the sample
 * publication, builds the website against it (`next build`), serves it (`next start`) and the tests drive it in
 * Chromium; the stack suite runs docker-compose.yml's production stack natively (CMS on PostgreSQL, website, nginx).
 */
module.exports = {
  ...root,
  projects: [
    {
      ...project,
      displayName: 'stack',
      testMatch: ['<rootDir>/stack/**/*.test.ts'],
    },
    {
      ...project,
      displayName: 'browser',
      testMatch: ['<rootDir>/browser/**/*.test.ts'],
      globalSetup: '<rootDir>/harness/start-stack.ts',
      globalTeardown: '<rootDir>/harness/stop-stack.ts',
    },
  ],
};
