const { project, root } = require('@masthead/jest-config');

module.exports = {
  ...root,
  projects: [{ ...project, displayName: 'eslint-config', testMatch: ['<rootDir>/__tests__/**/*.test.ts'] }],
};
