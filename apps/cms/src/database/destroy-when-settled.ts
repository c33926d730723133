import type { Core } from '@strapi/strapi';

interface PoolStats {
  numUsed(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
}

/** How long the pool must stay idle to count as settled: the events' reads follow each other within microtasks. */
const QUIET_MS = 50;
const POLL_MS = 10;

/**
 * Shuts Strapi down once its database work is done. Strapi emits each document event after the commit without
 * awaiting it, and the event reads the whole document back; on SQLite's single connection those reads queue behind
 * a long run of writes (an import, a test) and are still waiting when the run ends. Destroying the pool under them
 * rejects them — a crash at exit. This waits until the pool has been idle for a moment (or `timeoutMs` passed).
 */
export async function destroyWhenSettled(strapi: Core.Strapi, timeoutMs = 30_000): Promise<void> {
  const pool = (strapi.db.connection.client as unknown as { pool?: PoolStats }).pool;
  if (pool) {
    const deadline = Date.now() + timeoutMs;
    let quietSince = Date.now();
    while (Date.now() < deadline && Date.now() - quietSince < QUIET_MS) {
      if (pool.numUsed() + pool.numPendingAcquires() + pool.numPendingCreates() > 0) quietSince = Date.now();
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
  await strapi.destroy();
}
