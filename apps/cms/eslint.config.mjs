import { base, commonJs, noStartupCodeInMiddlewares, processEnvOnlyIn } from '@masthead/eslint-config';

export default [
  ...base,
  ...commonJs(),
  // scripts/ are the plain-Node launchers that set the environment up before Strapi reads it; tests/ set up theirs.
  ...processEnvOnlyIn({ files: ['src/**', 'config/**'], envFile: 'src/env.ts' }),
  ...noStartupCodeInMiddlewares({ files: ['src/middlewares/**'] }),
];
