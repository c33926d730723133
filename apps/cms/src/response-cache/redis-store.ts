import Redis from 'ioredis';
import { entryKey, type CachedResponse, type ResponseStore } from './response-store';

const KEY_PREFIX = 'masthead:response:';

/**
 * Answers shared by every CMS instance through Redis. Keys carry the cache version, so a publish needs no purge:
 * the old keys are never read again and expire after `ttlMs`. Redis being down makes every request a miss, never
 * an error: commands fail fast instead of queueing while it is away.
 */
export function createRedisStore(options: { url: string; ttlMs: number; onError: (error: Error) => void }): ResponseStore {
  const redis = new Redis(options.url, {
    keyPrefix: KEY_PREFIX,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: 500,
    lazyConnect: false,
  });
  let reported = false;
  redis.on('error', (error: Error) => report(error));
  redis.on('ready', () => {
    reported = false;
  });

  // One report per outage: Redis away would otherwise log on every request.
  function report(error: Error) {
    if (reported) return;
    reported = true;
    options.onError(error);
  }

  return {
    async get(version, url) {
      try {
        const stored = await redis.get(entryKey(version, url));
        return stored ? (JSON.parse(stored) as CachedResponse) : undefined;
      } catch (error) {
        report(error as Error);
        return undefined;
      }
    },
    async set(version, url, response) {
      try {
        await redis.set(entryKey(version, url), JSON.stringify(response), 'PX', options.ttlMs);
      } catch (error) {
        report(error as Error);
      }
    },
    async close() {
      redis.disconnect();
    },
  };
}
