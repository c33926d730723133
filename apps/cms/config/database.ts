import path from 'node:path';
import { getEnv } from '../src/env';

/** SQLite under the app folder by default; `DATABASE_CLIENT=postgres` + `DATABASE_URL` for production. */
export default () => {
  const env = getEnv();
  if (env.DATABASE_CLIENT === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: {
          connectionString: env.DATABASE_URL,
          schema: env.DATABASE_SCHEMA,
          ssl: env.DATABASE_SSL ? { rejectUnauthorized: true } : false,
          // A query that runs away (a plan gone wrong, a hostile request the contract missed) is cancelled, not
          // left to hold a connection and a core while every other reader waits.
          ...(env.MASTHEAD_DATABASE_STATEMENT_TIMEOUT_MS > 0 ? { statement_timeout: env.MASTHEAD_DATABASE_STATEMENT_TIMEOUT_MS } : {}),
        },
        pool: { min: env.DATABASE_POOL_MIN, max: env.DATABASE_POOL_MAX },
      },
    };
  }
  // Compiled config lives in dist/config, so the app folder is two levels up.
  const appDir = path.resolve(__dirname, '..', '..');
  return {
    connection: {
      client: 'sqlite',
      connection: { filename: path.resolve(appDir, env.DATABASE_FILENAME) },
      useNullAsDefault: true,
    },
  };
};
