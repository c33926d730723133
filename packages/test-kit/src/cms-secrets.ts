import { randomBytes } from 'node:crypto';

/** Fresh values for the secrets a CMS refuses to start without, for the throwaway CMSs tests and benchmarks run. */
export function throwawayCmsSecrets() {
  const secret = () => randomBytes(24).toString('base64');
  return {
    APP_KEYS: `${secret()},${secret()}`,
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
  };
}
