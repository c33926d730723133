import { createHash } from 'node:crypto';
import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Budget } from './client-identity';

/** Budgets are per minute: a window readers and operators can reason about, short enough to forgive a burst. */
export const RATE_LIMIT_WINDOW_SECONDS = 60;

/** The outcome of one request against its budget, with what the RateLimit-* headers say. */
export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window starts over. */
  resetSeconds: number;
}

export interface RateLimits {
  consume(key: string, budget: Budget): Promise<RateDecision>;
  /** Resolves once Redis is connected, or after `timeoutMs` (counting goes on in memory until it is). */
  connected(timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
}

export interface RateLimitOptions {
  perMinute: Record<Budget, number>;
  /** Shared budgets across instances; each instance counts alone without it. */
  redisUrl?: string;
  /** Names what the instances share (their database), so CMSs on other databases never share budgets in one Redis. */
  scope: string;
  onRedisError(error: Error): void;
}

/**
 * Fixed one-minute windows per client, counted by rate-limiter-flexible in Redis when one is configured and in this
 * process otherwise. While Redis is away each instance falls back to counting in its own memory (the library's
 * insurance limiter): readers are still limited, never refused because Redis is down.
 */
export function createRateLimits(options: RateLimitOptions): RateLimits {
  const keyPrefix = `masthead:rate:${createHash('sha256').update(options.scope).digest('base64url').slice(0, 12)}`;
  const redis = options.redisUrl
    ? new Redis(options.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 0, commandTimeout: 500 })
    : undefined;
  redis?.on('error', options.onRedisError);

  const limiterFor = (budget: Budget): RateLimiterAbstract => {
    const settings = { points: options.perMinute[budget], duration: RATE_LIMIT_WINDOW_SECONDS, keyPrefix: `${keyPrefix}:${budget}` };
    const memory = new RateLimiterMemory(settings);
    return redis ? new RateLimiterRedis({ ...settings, storeClient: redis, insuranceLimiter: memory }) : memory;
  };
  const limiters: Record<Budget, RateLimiterAbstract> = { client: limiterFor('client'), website: limiterFor('website') };

  const decision = (budget: Budget, result: RateLimiterRes, allowed: boolean): RateDecision => ({
    allowed,
    limit: options.perMinute[budget],
    remaining: Math.max(0, result.remainingPoints),
    resetSeconds: Math.max(1, Math.ceil(result.msBeforeNext / 1000)),
  });

  return {
    async consume(key, budget) {
      try {
        return decision(budget, await limiters[budget].consume(key), true);
      } catch (refusal) {
        if (refusal instanceof RateLimiterRes) return decision(budget, refusal, false);
        // Not a refusal but a failure of the counting itself: the reader is let through, the operator told.
        options.onRedisError(refusal as Error);
        const limit = options.perMinute[budget];
        return { allowed: true, limit, remaining: limit, resetSeconds: RATE_LIMIT_WINDOW_SECONDS };
      }
    },
    connected(timeoutMs) {
      if (!redis) return Promise.resolve(false);
      if (redis.status === 'ready') return Promise.resolve(true);
      return new Promise((resolve) => {
        const timer = setTimeout(() => done(false), timeoutMs);
        const onReady = () => done(true);
        function done(ready: boolean) {
          clearTimeout(timer);
          redis!.off('ready', onReady);
          resolve(ready);
        }
        redis.once('ready', onReady);
      });
    },
    async close() {
      redis?.disconnect();
    },
  };
}
