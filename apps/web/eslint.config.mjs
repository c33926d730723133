import { base, cmsReadOnlyThroughLibCms, commonJs, nextJs, processEnvOnlyIn } from '@masthead/eslint-config';

export default [
  ...base,
  ...commonJs(),
  ...nextJs,
  // tests/ start the CMS and the site and set up their environments.
  ...processEnvOnlyIn({ files: ['src/**', 'next.config.ts'], envFile: 'src/env.ts' }),
  ...cmsReadOnlyThroughLibCms({ files: ['src/**'], libCms: 'src/lib/cms' }),
];
