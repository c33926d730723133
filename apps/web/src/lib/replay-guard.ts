/**
 * Remembers request ids for as long as their signatures are valid, so a captured request cannot be sent again.
 * Per process: with several web instances a replay could reach another one, where it only repeats a revalidation
 * that already happened.
 */
export function createReplayGuard(ttlMs: number, now: () => number = Date.now) {
  const seen = new Map<string, number>();
  return {
    /** `true` the first time an id is offered within `ttlMs`, `false` for a replay. */
    firstSight(id: string): boolean {
      const time = now();
      for (const [key, expiry] of seen) {
        if (expiry > time) break; // Insertion order is expiry order: the rest are younger.
        seen.delete(key);
      }
      if (seen.has(id)) return false;
      seen.set(id, time + ttlMs);
      return true;
    },
  };
}
