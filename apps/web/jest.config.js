const { project, root } = require('@masthead/jest-config');

/**
 * Unit tests render components and helpers without a server; the browser suite builds and starts the real site
 * (`next build && next start`) against a CMS seeded with the sample publication and drives it in Chromium; the
 * stack suite runs docker-compose.yml's production stack natively (CMS on PostgreSQL, website, nginx).
 */
module.exports = {
  ...root,
  projects: [
    {
      ...project,
      displayName: 'unit',
      testMatch: ['<rootDir>/src/**/__tests__/**/*.test.{ts,tsx}'],
      moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
    },
    {
      ...project,
      displayName: 'stack',
      testMatch: ['<rootDir>/tests/stack/**/*.test.ts'],
    },
    {
      ...project,
      displayName: 'browser',
      testMatch: ['<rootDir>/tests/browser/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/harness/start-stack.ts',
      globalTeardown: '<rootDir>/tests/harness/stop-stack.ts',
    },
  ],
};
