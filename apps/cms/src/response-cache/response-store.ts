import { createHash } from 'node:crypto';
import type { CacheVersion } from './generation';

/** A public API answer as sent: only 200s are stored, so the status is implied. */
export interface CachedResponse {
  type: string;
  body: string;
}

/** Where answers live, by the cache version they were computed under and the request URL. */
export interface ResponseStore {
  get(version: CacheVersion, url: string): Promise<CachedResponse | undefined>;
  set(version: CacheVersion, url: string, response: CachedResponse): Promise<void>;
  close(): Promise<void>;
}

/** Fixed-length keys whatever the query string: long filter URLs would otherwise bloat Redis keys and Map keys. */
export function entryKey(version: CacheVersion, url: string): string {
  return `${version.epoch}:${version.generation}:${createHash('sha256').update(url).digest('base64url')}`;
}

interface MemoryEntry {
  response: CachedResponse;
  expires: number;
  bytes: number;
}

/**
 * One process's cache: least recently used answers go first once `maxBytes` is reached, and all of them as soon as a
 * newer generation is seen (they can never be read again).
 */
export function createMemoryStore(options: { maxBytes: number; ttlMs: number; now?: () => number }): ResponseStore {
  const now = options.now ?? Date.now;
  const entries = new Map<string, MemoryEntry>();
  let newest: CacheVersion | undefined;
  let bytes = 0;

  function drop(key: string, entry: MemoryEntry) {
    entries.delete(key);
    bytes -= entry.bytes;
  }

  /** False for a version older than one already seen: its answers may be stale and must not be kept. */
  function accept(version: CacheVersion): boolean {
    if (newest && newest.epoch === version.epoch && version.generation < newest.generation) return false;
    if (!newest || newest.epoch !== version.epoch || version.generation > newest.generation) {
      entries.clear();
      bytes = 0;
      newest = version;
    }
    return true;
  }

  return {
    async get(version, url) {
      if (!accept(version)) return undefined;
      const key = entryKey(version, url);
      const entry = entries.get(key);
      if (!entry) return undefined;
      drop(key, entry);
      if (entry.expires <= now()) return undefined;
      // Re-inserted, so Map order is least recently used first.
      entries.set(key, entry);
      bytes += entry.bytes;
      return entry.response;
    },
    async set(version, url, response) {
      if (!accept(version)) return;
      const entry = { response, expires: now() + options.ttlMs, bytes: response.body.length + response.type.length };
      if (entry.bytes > options.maxBytes) return;
      const key = entryKey(version, url);
      const previous = entries.get(key);
      if (previous) drop(key, previous);
      entries.set(key, entry);
      bytes += entry.bytes;
      for (const [oldest, old] of entries) {
        if (bytes <= options.maxBytes) break;
        drop(oldest, old);
      }
    },
    async close() {
      entries.clear();
      bytes = 0;
    },
  };
}
