import { getEnv } from '../src/env';

export default () => {
  const env = getEnv();
  return {
    host: env.HOST,
    port: env.PORT,
    url: env.PUBLIC_URL,
    app: { keys: env.APP_KEYS },
    // Masthead pins its Strapi version; upgrade notices belong in release notes, not in every start-up log.
    logger: { updates: { enabled: false } },
  };
};
