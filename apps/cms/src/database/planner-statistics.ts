import type { Core } from '@strapi/strapi';

/** How often SQLite is asked whether its statistics went stale: the check is a few ms, a refresh only when tables grew. */
const REFRESH_EVERY_MS = 60 * 60 * 1000;

/**
 * Keeps SQLite's query planner statistics (`sqlite_stat1`) current, as SQLite recommends for long-lived
 * connections: `PRAGMA optimize` at start and then hourly, which analyses only tables that have never been
 * analysed or have grown or shrunk a lot since.
 *
 * Without statistics SQLite guesses that any index equality matches ten rows, and picks Strapi's low-selectivity
 * `articles_cmps.field` index (one value for every citation) over the entity index when populating an article
 * list's citations: 6.2 ms instead of 0.7 for a page of 100 (docs/benchmarks.md). `analysis_limit = 0` makes each
 * analysis complete: a sampled one left the two indexes looking alike. PostgreSQL's autovacuum does this itself.
 */
export async function keepPlannerStatistics(strapi: Core.Strapi): Promise<{ stop(): void }> {
  if (strapi.db.dialect.client !== 'sqlite') return { stop() {} };
  const optimize = async () => {
    try {
      await strapi.db.connection.raw('PRAGMA analysis_limit = 0');
      await strapi.db.connection.raw('PRAGMA optimize = 0x10002');
    } catch (error) {
      strapi.log.warn(`Could not refresh SQLite's planner statistics: ${(error as Error).message}`);
    }
  };
  await optimize();
  const timer = setInterval(() => void optimize(), REFRESH_EVERY_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
