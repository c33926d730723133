/** Fresh values for the secrets a CMS refuses to start without, for the throwaway CMSs tests and benchmarks run. */
export function throwawayCmsSecrets(): {
  APP_KEYS: string;
  API_TOKEN_SALT: string;
  ADMIN_JWT_SECRET: string;
  TRANSFER_TOKEN_SALT: string;
  JWT_SECRET: string;
  ENCRYPTION_KEY: string;
};
