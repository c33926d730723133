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
