const { project, root } = require('@masthead/jest-config');

module.exports = { ...root, ...project, testMatch: ['<rootDir>/src/**/__tests__/**/*.test.ts'] };
