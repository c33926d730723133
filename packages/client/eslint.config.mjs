import { base, commonJs, noProcessEnv } from '@masthead/eslint-config';

export default [
  ...base,
  // The package is `"type": "module"`: only .cjs files are CommonJS.
  ...commonJs(['**/*.cjs']),
  // scripts/ holds the OpenAPI writer, run by hand.
  ...noProcessEnv({ files: ['src/**'] }),
];
