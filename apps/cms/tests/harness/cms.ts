import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { createStrapi, type Core } from '@strapi/strapi';
import { freePort, TEST_ADMIN, throwawayCmsSecrets } from '@masthead/test-kit';
import { Client } from 'pg';
import { destroyWhenSettled } from '../../src/database/destroy-when-settled';

const APP_DIR = path.resolve(__dirname, '..', '..');
const ADMIN_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export { TEST_ADMIN };

export interface TestCms {
  strapi: Core.Strapi;
  /** The database this instance runs on, for messages and tests that differ per engine. */
  database: 'sqlite' | 'postgres';
  /** Shuts this instance down and boots a new one on the same database, as a deploy or a crash recovery would. */
  restart(beforeStart?: () => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Boots the real CMS (compiled in dist/ by the global setup) on a database of its own: a throwaway SQLite file, or a
 * fresh PostgreSQL database when the jest project says so. Everything runs through the app's real bootstrap,
 * including the sample seed unless `seed: false`.
 */
export interface StartOptions {
  seed?: boolean;
  listen?: boolean;
  /** The website to send revalidation requests to; none by default. */
  website?: { url: string; secret: string };
  /** MASTHEAD_PREVIEW_TOKEN; none by default. */
  previewToken?: string;
  /** Run the scheduler (default); off where a test counts the queries it makes. */
  scheduler?: boolean;
  /** MASTHEAD_CORS_ORIGINS; none by default. */
  corsOrigins?: string[];
  /** MASTHEAD_RESPONSE_CACHE: the production default, `memory`, unless a test needs another (Redis from TEST_REDIS_URL). */
  responseCache?: 'memory' | 'redis' | 'off';
  /**
   * Rate limiting, off unless a test sets it: every suite talks from one address, and only the rate limit's own
   * tests are about how many requests it makes.
   */
  rateLimit?: { perMinute: number; websitePerMinute?: number; trustedProxies?: string[]; redisUrl?: string };
}

export async function startCms(options: StartOptions = {}): Promise<TestCms> {
  const database = process.env.MASTHEAD_TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';
  const name = `masthead_test_${process.pid}_${randomBytes(4).toString('hex')}`;

  Object.assign(process.env, {
    NODE_ENV: 'test',
    STRAPI_TELEMETRY_DISABLED: 'true',
    LOG_LEVEL: process.env.MASTHEAD_TEST_LOG_LEVEL ?? 'warn',
    HOST: '127.0.0.1',
    PORT: options.listen ? String(await freePort()) : '0',
    ...throwawayCmsSecrets(),
    MASTHEAD_ADMIN_EMAIL: TEST_ADMIN.email,
    MASTHEAD_ADMIN_PASSWORD: TEST_ADMIN.password,
    MASTHEAD_SEED_SAMPLE: options.seed === false ? 'false' : 'true',
    MASTHEAD_SCHEDULER_INTERVAL_MS: '250',
    MASTHEAD_SCHEDULER_ENABLED: options.scheduler === false ? 'false' : 'true',
    // Set from the options, empty (unset) otherwise: Strapi loads a developer's apps/cms/.env into process.env when
    // it is first required, and its website and preview token must not leak into the tests.
    MASTHEAD_WEB_URL: options.website?.url ?? '',
    MASTHEAD_REVALIDATE_SECRET: options.website?.secret ?? '',
    MASTHEAD_PREVIEW_TOKEN: options.previewToken ?? '',
    MASTHEAD_CORS_ORIGINS: options.corsOrigins?.join(',') ?? '',
    MASTHEAD_RESPONSE_CACHE: options.responseCache ?? 'memory',
    MASTHEAD_RESPONSE_CACHE_REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/0',
    MASTHEAD_RATE_LIMIT_PER_MINUTE: String(options.rateLimit?.perMinute ?? 0),
    MASTHEAD_RATE_LIMIT_WEBSITE_PER_MINUTE: String(options.rateLimit?.websitePerMinute ?? 12_000),
    MASTHEAD_RATE_LIMIT_REDIS_URL: options.rateLimit?.redisUrl ?? '',
    MASTHEAD_TRUSTED_PROXIES: options.rateLimit?.trustedProxies?.join(',') ?? '',
  });

  let dropDatabase: () => Promise<void>;
  if (database === 'postgres') {
    await withAdminClient((client) => client.query(`CREATE DATABASE ${name}`));
    const url = new URL(ADMIN_POSTGRES_URL);
    url.pathname = `/${name}`;
    Object.assign(process.env, { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() });
    dropDatabase = async () => {
      await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    };
  } else {
    const filename = path.join(APP_DIR, '.tmp', `${name}.db`);
    Object.assign(process.env, { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename });
    delete process.env.DATABASE_URL;
    dropDatabase = async () => {
      await Promise.all(['', '-wal', '-shm', '-journal'].map((suffix) => rm(`${filename}${suffix}`, { force: true })));
    };
  }

  const boot = async () => {
    const instance = await createStrapi({ appDir: APP_DIR, distDir: path.join(APP_DIR, 'dist') }).load();
    if (options.listen) await instance.listen();
    else await instance.server.mount();
    return instance;
  };

  // Which instance is up, and a boot still under way: a test that fails (or runs out of time) in the middle of a
  // restart must still leave `stop` one instance to shut down — the one booting — and never the destroyed one, or the
  // suite fails a second time and the booting instance's handles keep jest from exiting.
  let running = true;
  let booting: Promise<Core.Strapi> | undefined;
  const cms: TestCms = {
    strapi: await boot(),
    database,
    async restart(beforeStart) {
      await destroyWhenSettled(cms.strapi);
      running = false;
      await beforeStart?.();
      booting = boot();
      cms.strapi = await booting;
      running = true;
      booting = undefined;
    },
    async stop() {
      if (booting) {
        // A restart's boot still under way: wait for it; if it failed, nothing is running.
        try {
          cms.strapi = await booting;
          running = true;
        } catch {
          running = false;
        }
        booting = undefined;
      }
      if (running) await destroyWhenSettled(cms.strapi);
      await dropDatabase();
    },
  };
  return cms;
}

/**
 * The time a test that restarts the CMS gives each restart: a stop and a full boot (schema sync, bootstrap) take
 * seconds, more while the other database's suites share the machine's cores — far past jest's default 5 s.
 */
export const RESTART_BUDGET_MS = 60_000;

/**
 * Boots one CMS for the enclosing test file or `describe` block (in `beforeAll`) and stops it in `afterAll`. The
 * returned object reads through to that instance, so a suite writes `cms.strapi` as it would after `startCms`;
 * `options` may be a function, for values another `beforeAll` (declared first) produces, such as a website's URL.
 */
export function useCms(options: StartOptions | (() => StartOptions) = {}, timeoutMs = 180_000): TestCms {
  let started: TestCms | undefined;
  const current = () => {
    if (!started) throw new Error('useCms: the CMS is used before its beforeAll booted it');
    return started;
  };
  beforeAll(async () => {
    started = await startCms(typeof options === 'function' ? options() : options);
  }, timeoutMs);
  afterAll(async () => {
    await started?.stop();
  });
  return {
    get strapi() {
      return current().strapi;
    },
    get database() {
      return current().database;
    },
    restart: (beforeStart) => current().restart(beforeStart),
    stop: () => current().stop(),
  };
}

async function withAdminClient<T>(run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: ADMIN_POSTGRES_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
