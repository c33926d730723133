import { getEnv } from '../src/env';

// No `strapi::poweredBy`: announcing the stack and its version only helps whoever matches it against advisories.
export default [
  'strapi::logger',
  'strapi::errors',
  // 503 with Retry-After while the database is away, whatever error the request ran into.
  'global::database-unavailable',
  // Strapi's defaults: a CSP for the admin, HSTS, nosniff, and frames from the same origin only.
  'strapi::security',
  // Only the configured origins' pages may read the API from a browser; the website reads it from its server.
  { name: 'strapi::cors', config: { origin: getEnv().MASTHEAD_CORS_ORIGINS, credentials: false } },
  // Requests to /api/* per client per minute, refused with 429 before anything else is done (src/rate-limit).
  'global::rate-limit',
  // JSON answers in br or gzip when the client takes them (koa-compress, which Strapi ships), cached ones included.
  { name: 'strapi::compression', config: { threshold: 1024 } },
  // The public query language: a read outside it is a 400 before the cache, authentication or any SQL (src/public-api).
  // Strapi's qs parser (`strapi::query`) is installed when the server starts, so ctx.query is parsed here already.
  'global::public-query',
  // Anonymous REST reads, answered from the cache after the per-request headers above (src/response-cache).
  'global::response-cache',
  'strapi::query',
  // Multipart only on the upload routes, for editors and full-access tokens; small bodies only without credentials
  // — decided before `strapi::body` spools a single byte (src/uploads/multipart-gate.ts).
  'global::body-gate',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
