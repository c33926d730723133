import type { Core } from '@strapi/strapi';
import { getEnv } from '../env';
import { perInstance } from '../per-instance';
import { createRateLimits, type RateLimits } from './rate-limits';

/**
 * The rate limits of one Strapi instance (created on first use, closed in `destroy`). Budgets are shared through
 * Redis by the instances of one database.
 */
const instances = perInstance((strapi): RateLimits => {
  const env = getEnv();
  const sharedRedis = env.MASTHEAD_RESPONSE_CACHE === 'redis' ? env.MASTHEAD_RESPONSE_CACHE_REDIS_URL : undefined;
  let reported = false;
  return createRateLimits({
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
});

export const rateLimitsOf = instances.of;

/** Closes the instance's Redis connection, if it ever opened one. */
export async function closeRateLimits(strapi: Core.Strapi): Promise<void> {
  await instances.existing(strapi)?.close();
  instances.forget(strapi);
}
