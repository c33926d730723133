import type { Core } from '@strapi/strapi';
import { getEnv } from '../env';
import { createRateLimits, type RateLimits } from './rate-limits';

const instances = new WeakMap<Core.Strapi, RateLimits>();

/**
 * The rate limits of one Strapi instance (created on first use, closed in `destroy`). Keyed by instance because
 * tests boot several in one process. Budgets are shared through Redis by the instances of one database.
 */
export function rateLimitsOf(strapi: Core.Strapi): RateLimits {
  let limits = instances.get(strapi);
  if (!limits) {
    const env = getEnv();
    const sharedRedis = env.MASTHEAD_RESPONSE_CACHE === 'redis' ? env.MASTHEAD_RESPONSE_CACHE_REDIS_URL : undefined;
    let reported = false;
    limits = createRateLimits({
      perMinute: { client: env.MASTHEAD_RATE_LIMIT_PER_MINUTE, website: env.MASTHEAD_RATE_LIMIT_WEBSITE_PER_MINUTE },
      redisUrl: env.MASTHEAD_RATE_LIMIT_REDIS_URL ?? sharedRedis,
      scope: JSON.stringify(strapi.config.get('database.connection.connection')),
      onRedisError: (error) => {
        // One report per start: Redis away would otherwise log on every request.
        if (reported) return;
        reported = true;
        strapi.log.warn(`Rate limiting counts in this process only: its Redis is unavailable (${error.message}).`);
      },
    });
    instances.set(strapi, limits);
  }
  return limits;
}

/** Closes the instance's Redis connection, if it ever opened one. */
export async function closeRateLimits(strapi: Core.Strapi): Promise<void> {
  await instances.get(strapi)?.close();
  instances.delete(strapi);
}
