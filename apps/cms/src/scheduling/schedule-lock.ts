import type { Core } from '@strapi/strapi';

/** Any fixed 64-bit number, the same in every instance: the PostgreSQL advisory lock the scheduler takes. */
const ADVISORY_LOCK_KEY = 7_261_432_019;

/**
 * Runs `work` while holding the scheduler's lock, or skips it (returns `false`) when another holder has it.
 *
 * On PostgreSQL the lock is a transaction-level advisory lock, shared by every CMS instance on the database, so a
 * scheduled item is published by exactly one of them; it is released when the transaction ends, also when the
 * instance dies mid-run. On SQLite, whose database file belongs to one instance, a flag in this process keeps runs
 * from overlapping.
 */
export function createScheduleLock(strapi: Core.Strapi) {
  let running = false;
  const knex = strapi.db.connection;
  const onPostgres = strapi.db.dialect.client === 'postgres';

  return async function withScheduleLock(work: () => Promise<void>): Promise<boolean> {
    if (running) return false;
    running = true;
    try {
      if (!onPostgres) {
        await work();
        return true;
      }
      return await knex.transaction(async (trx) => {
        const { rows } = await trx.raw('select pg_try_advisory_xact_lock(?) as locked', [ADVISORY_LOCK_KEY]);
        if (!rows[0].locked) return false;
        await work();
        return true;
      });
    } finally {
      running = false;
    }
  };
}
