import { getEnv } from '../src/env';

export default () => {
  const env = getEnv();
  return {
    host: env.HOST,
    port: env.PORT,
    url: env.PUBLIC_URL,
    app: { keys: env.APP_KEYS },
    logger: {
      // Masthead pins its Strapi version; upgrade notices belong in release notes, not in every start-up log.
      updates: { enabled: false },
      // The start-up banner is for people; test runs boot dozens of instances.
      startup: { enabled: env.NODE_ENV !== 'test' },
    },
  };
};
