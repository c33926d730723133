export { base, commonJs } from './base.js';
export { nextJs } from './next.js';
export { cmsReadOnlyThroughLibCms, noProcessEnv, noStartupCodeInMiddlewares, processEnvOnlyIn } from './boundaries.js';
