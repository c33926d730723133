import { throwawayCmsSecrets } from './cms-secrets';

/**
 * The environment of a throwaway production CMS (`strapi start`) on `port`: fresh secrets, quiet logs, no telemetry,
 * over the caller's own environment. The caller adds its database, seed and website.
 */
export function productionCmsEnv(port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    ...throwawayCmsSecrets(),
    LOG_LEVEL: 'warn',
    STRAPI_TELEMETRY_DISABLED: 'true',
  };
}
