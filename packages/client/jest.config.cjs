const { project, root } = require('@masthead/jest-config');

module.exports = {
  ...root,
  projects: [{ ...project, displayName: 'client', testMatch: ['<rootDir>/src/**/__tests__/**/*.test.ts'] }],
};
