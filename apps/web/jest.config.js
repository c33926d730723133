const { project, root } = require('@masthead/jest-config');

/**
 * Unit tests render components and helpers without a server. The suites that run the built site against a CMS
 * live in e2e/.
 */
module.exports = {
  ...root,
  ...project,
  displayName: 'unit',
  testMatch: ['<rootDir>/src/**/__tests__/**/*.test.{ts,tsx}'],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
};
