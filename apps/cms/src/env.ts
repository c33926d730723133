import { z } from 'zod';
import { SEARCH_LANGUAGES } from './search/search-language';

/**
 * Every environment variable the CMS reads, validated in one place. Config files and bootstrap code call `getEnv()`
 * instead of reading `process.env`, so a typo or a missing secret stops the start with one message listing every
 * problem, not a crash deep inside Strapi.
 */
const booleanString = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

/** The items of a comma-separated value, trimmed, empty ones dropped. */
const splitCommas = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

const commaList = z.string().min(1).transform(splitCommas);
/** A list that may be empty or unset. */
const commaSeparated = z.string().default('').transform(splitCommas);

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(1337),
    /** Public URL of the CMS, used in links the admin and API generate. */
    PUBLIC_URL: z.url().optional(),
    LOG_LEVEL: z.enum(['error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly']).default('http'),

    APP_KEYS: commaList,
    API_TOKEN_SALT: z.string().min(16),
    ADMIN_JWT_SECRET: z.string().min(16),
    TRANSFER_TOKEN_SALT: z.string().min(16),
    JWT_SECRET: z.string().min(16),
    ENCRYPTION_KEY: z.string().min(16),

    DATABASE_CLIENT: z.enum(['sqlite', 'postgres']).default('sqlite'),
    /** SQLite file, relative to the CMS app folder unless absolute. */
    DATABASE_FILENAME: z.string().default('.tmp/data.db'),
    DATABASE_URL: z.string().optional(),
    DATABASE_SCHEMA: z.string().default('public'),
    DATABASE_SSL: booleanString.default(false),
    DATABASE_POOL_MIN: z.coerce.number().int().min(0).default(0),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).default(10),

    /** The first super admin, created only when the database has no admin user yet. */
    MASTHEAD_ADMIN_EMAIL: z.email().default('admin@masthead.local'),
    MASTHEAD_ADMIN_PASSWORD: z
      .string()
      .min(8)
      .regex(/[a-z]/, 'needs a lowercase letter')
      .regex(/[A-Z]/, 'needs an uppercase letter')
      .regex(/\d/, 'needs a digit')
      .default('Masthead-dev-2025'),
    /** Seed the sample publication into an empty database. */
    MASTHEAD_SEED_SAMPLE: booleanString.default(true),
    /**
     * How often the scheduler looks for articles and issues whose time has come, in milliseconds. Items go live
     * within about this long of their time; the lookup is one indexed query per kind.
     */
    MASTHEAD_SCHEDULER_INTERVAL_MS: z.coerce.number().int().min(100).max(60_000).default(1000),
    /** Off for one-off processes on the CMS's database, such as `npm run import`, that must not publish anything. */
    MASTHEAD_SCHEDULER_ENABLED: booleanString.default(true),
    /** The website to tell which pages a change made stale (POST <url>/api/revalidate); unset: nobody is told. */
    MASTHEAD_WEB_URL: z.url().optional(),
    /**
     * Where editors' browsers reach the website, for preview links, when that is not MASTHEAD_WEB_URL (inside
     * docker-compose the CMS tells http://web:3000, while editors open the site through nginx). Defaults to it.
     */
    MASTHEAD_WEB_PUBLIC_URL: z.url().optional(),
    /** Shared with the website, which checks each request's HMAC signature with it. */
    MASTHEAD_REVALIDATE_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    /**
     * Origins whose pages may call the REST API from a browser (comma-separated, e.g. https://app.example.org). The
     * website reads the CMS from its server and needs none; unset, no other origin is allowed.
     */
    MASTHEAD_CORS_ORIGINS: commaSeparated.pipe(
      z.array(z.url().refine((url) => new URL(url).origin === url, 'must be an origin: scheme, host and port only')),
    ),
    /**
     * Where anonymous REST reads are cached: in this process (`memory`), in Redis shared by every CMS instance
     * (`redis`), or not at all (`off`). Any change to content moves the cache on as it commits (src/response-cache).
     */
    MASTHEAD_RESPONSE_CACHE: z.enum(['memory', 'redis', 'off']).default('memory'),
    /** Redis for MASTHEAD_RESPONSE_CACHE=redis, e.g. redis://127.0.0.1:6379/0. */
    MASTHEAD_RESPONSE_CACHE_REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
    /**
     * How long an answer is kept at most. Changes made through Strapi apply at once; this bounds how long a change
     * made past it, straight in the database, can go unseen.
     */
    MASTHEAD_RESPONSE_CACHE_TTL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
    /** The memory cache's size; least recently used answers go first. */
    MASTHEAD_RESPONSE_CACHE_MAX_MB: z.coerce.number().int().min(1).max(4096).default(64),
    /**
     * The website's API token (its CMS_PREVIEW_TOKEN): it reads drafts for editors' previews, and identifies the
     * website's other reads, which answer as a reader's and get the website's rate limit.
     */
    MASTHEAD_PREVIEW_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
    /**
     * Requests to /api/* per minute per client address (readers and other apps' tokens alike); 0 turns rate limiting
     * off. Over it: 429 with Retry-After. The admin is never limited.
     */
    MASTHEAD_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(600),
    /** The same for requests with the website's token (MASTHEAD_PREVIEW_TOKEN): one budget for the whole site. */
    MASTHEAD_RATE_LIMIT_WEBSITE_PER_MINUTE: z.coerce.number().int().min(1).max(10_000_000).default(12_000),
    /**
     * Redis for budgets shared by every CMS instance, e.g. redis://127.0.0.1:6379/0. Defaults to the response cache's
     * Redis when MASTHEAD_RESPONSE_CACHE=redis; otherwise each instance counts in its own memory.
     */
    MASTHEAD_RATE_LIMIT_REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
    /**
     * Proxies in front of the CMS (nginx, a load balancer) whose X-Forwarded-For names the client: addresses or CIDR
     * ranges, or loopback, linklocal, uniquelocal (comma-separated). Unset, X-Forwarded-For is ignored.
     */
    MASTHEAD_TRUSTED_PROXIES: commaSeparated,
    /**
     * The language search stems words in ("voted" finds "voting"): one of PostgreSQL's Snowball languages, or simple
     * for none. On SQLite only English is stemmed (FTS5's porter); other languages are matched word for word there.
     */
    MASTHEAD_SEARCH_LANGUAGE: z.enum(SEARCH_LANGUAGES, { error: `must be one of ${SEARCH_LANGUAGES.join(', ')}` }).default('english'),
    /** On PostgreSQL, the longest any one SQL statement may run before it is cancelled, in milliseconds; 0: no limit. */
    MASTHEAD_DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(15_000),
  })
  .superRefine((env, ctx) => {
    if (env.MASTHEAD_WEB_URL && !env.MASTHEAD_REVALIDATE_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['MASTHEAD_REVALIDATE_SECRET'],
        message: "is required when MASTHEAD_WEB_URL is set (the same value as the website's REVALIDATE_SECRET)",
      });
    }
    if (env.MASTHEAD_RESPONSE_CACHE === 'redis' && !env.MASTHEAD_RESPONSE_CACHE_REDIS_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['MASTHEAD_RESPONSE_CACHE_REDIS_URL'],
        message: 'is required when MASTHEAD_RESPONSE_CACHE=redis (e.g. redis://127.0.0.1:6379/0)',
      });
    }
    if (env.DATABASE_CLIENT === 'postgres' && !env.DATABASE_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATABASE_URL'],
        message: 'is required when DATABASE_CLIENT=postgres (e.g. postgres://user:pass@host:5432/masthead)',
      });
    }
  });

export type CmsEnv = z.infer<typeof envSchema>;

export class InvalidEnvError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid CMS environment:\n  - ${issues.join('\n  - ')}\nSee apps/cms/.env.example.`);
    this.name = 'InvalidEnvError';
  }
}

/** Parses an environment; exported for tests, the app uses `getEnv()`. */
export function parseEnv(source: NodeJS.ProcessEnv): CmsEnv {
  // Empty strings mean "unset" here, as in most .env tooling.
  const defined = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = envSchema.safeParse(defined);
  if (!result.success) {
    throw new InvalidEnvError(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  return result.data;
}

/**
 * The validated environment of this process. Parsed on every call: it runs a handful of times at start-up, and
 * tests that boot Strapi with a different `process.env` get what they set.
 */
export function getEnv(): CmsEnv {
  return parseEnv(process.env);
}
