import type { Core } from '@strapi/strapi';
import { getEnv } from '../env';
import { perInstance } from '../per-instance';
import { createGeneration, type Generation } from './generation';
import { createRedisStore } from './redis-store';
import { createMemoryStore, type ResponseStore } from './response-store';

/** The public REST API's response cache: which answers are current, and where they are kept (none when off). */
export interface ResponseCache {
  generation: Generation;
  store: ResponseStore | undefined;
}

const caches = perInstance(createResponseCache);

/** The cache of one Strapi instance, shared by the HTTP middleware that serves from it and the hooks that invalidate it. */
export const responseCacheOf = (strapi: Core.Strapi): ResponseCache => caches.of(strapi);

function createResponseCache(strapi: Core.Strapi): ResponseCache {
  const env = getEnv();
  const generation = createGeneration(strapi, (error) =>
    strapi.log.error(
      `The response cache could not record a change (${error.message}); answers may be stale for up to ${env.MASTHEAD_RESPONSE_CACHE_TTL_SECONDS} s.`,
    ),
  );
  const ttlMs = env.MASTHEAD_RESPONSE_CACHE_TTL_SECONDS * 1000;
  let store: ResponseStore | undefined;
  if (env.MASTHEAD_RESPONSE_CACHE === 'memory') {
    store = createMemoryStore({ maxBytes: env.MASTHEAD_RESPONSE_CACHE_MAX_MB * 1024 * 1024, ttlMs });
  } else if (env.MASTHEAD_RESPONSE_CACHE === 'redis') {
    store = createRedisStore({
      // The env schema requires the URL with this mode.
      url: env.MASTHEAD_RESPONSE_CACHE_REDIS_URL!,
      ttlMs,
      onError: (error) =>
        strapi.log.warn(`The response cache's Redis is unavailable (${error.message}); the API answers uncached until it is back.`),
    });
  }
  return { generation, store };
}
