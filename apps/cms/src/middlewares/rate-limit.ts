import type { Core } from '@strapi/strapi';
import { createWebsiteTokenCheck } from '../preview/website-token';
import { getEnv } from '../env';
import { isApiPath } from '../public-api/api-path';
import { createClientIdentity } from '../rate-limit/client-identity';
import { RATE_LIMIT_WINDOW_SECONDS } from '../rate-limit/rate-limits';
import { rateLimitsOf } from '../rate-limit/rate-limits-of';

/**
 * Rate limiting of the REST API (/api/*; the admin's routes are elsewhere and never limited), per client address or
 * for the website as a whole (src/rate-limit). Every answer carries the IETF draft's RateLimit-Limit,
 * RateLimit-Remaining, RateLimit-Reset and RateLimit-Policy; over budget it is a 429 with Retry-After, before any
 * other work is done.
 */
const rateLimit: Core.MiddlewareFactory = (_config, { strapi }) => {
  const env = getEnv();
  if (env.MASTHEAD_RATE_LIMIT_PER_MINUTE === 0) return (_ctx, next) => next();
  const identify = createClientIdentity({ trustedProxies: env.MASTHEAD_TRUSTED_PROXIES, isWebsite: createWebsiteTokenCheck() });
  return async (ctx, next) => {
    if (!isApiPath(ctx.path)) return next();
    const { key, budget } = identify(ctx.req);
    const decision = await rateLimitsOf(strapi).consume(key, budget);
    ctx.set('RateLimit-Limit', String(decision.limit));
    ctx.set('RateLimit-Remaining', String(decision.remaining));
    ctx.set('RateLimit-Reset', String(decision.resetSeconds));
    ctx.set('RateLimit-Policy', `${decision.limit};w=${RATE_LIMIT_WINDOW_SECONDS}`);
    if (decision.allowed) return next();
    ctx.status = 429;
    ctx.set('Retry-After', String(decision.resetSeconds));
    ctx.body = {
      data: null,
      error: {
        status: 429,
        name: 'RateLimitError',
        message: `Too many requests: ${decision.limit} a minute are allowed per client; try again in ${decision.resetSeconds} s.`,
        details: { limit: decision.limit, windowSeconds: RATE_LIMIT_WINDOW_SECONDS, retryAfterSeconds: decision.resetSeconds },
      },
    };
  };
};

export default rateLimit;
