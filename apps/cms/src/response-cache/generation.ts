import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { ownTable } from '../database/own-table';

/**
 * A table of our own (src/database/own-table.ts), one row. Kept in the database, not in the cache store, so every
 * process on the database sees every change — another CMS instance, `npm run import` and `npm run restore`
 * included — whichever store the cache uses.
 */
const TABLE = 'masthead_response_cache';
const ROW = 'public-api';

/** Which answers of the public API are still current: those stored under this epoch and generation. */
export interface CacheVersion {
  /** Random per database, so databases that share a Redis (tests, staging) never read each other's answers. */
  epoch: string;
  /** Goes up after every committed change that can alter a public answer. */
  generation: number;
}

export interface Generation {
  /** Read before each cached request does anything else: its answer is stored under the version it started from. */
  current(): Promise<CacheVersion>;
  /** Makes every stored answer old; resolves once the new generation is committed. Never rejects: see onError. */
  bump(): Promise<void>;
  /** Resolves when every bump started so far is committed (writers wait for it before they answer). */
  settled(): Promise<void>;
}

/** `onError` hears of a failed bump: until the next one, readers may get answers from before the change. */
export function createGeneration(strapi: Core.Strapi, onError: (error: Error) => void): Generation {
  const own = ownTable(
    strapi,
    TABLE,
    (columns) => {
      columns.string('name').primary();
      columns.string('epoch', 36).notNullable();
      columns.bigInteger('generation').notNullable();
    },
    () => own.rows().insert({ name: ROW, epoch: randomUUID(), generation: 0 }).onConflict('name').ignore(),
  );
  const table = own.rows;
  const ensureTable = own.ensure;
  const pending = new Set<Promise<void>>();

  return {
    async current() {
      // A bump this instance started (a transaction's commit fires one without waiting for it) lands first: a read
      // that follows a committed write here never gets the answer from before it.
      await Promise.all([...pending]);
      await ensureTable();
      const row = await table().where({ name: ROW }).first('epoch', 'generation');
      return { epoch: row.epoch, generation: Number(row.generation) };
    },
    bump() {
      // Outside any transaction the caller may be in: this runs after its commit (see invalidate-on-write.ts).
      const bumped = ensureTable()
        .then(() => table().where({ name: ROW }).increment('generation', 1))
        .then(
          () => undefined,
          (error: Error) => onError(error),
        )
        .finally(() => pending.delete(bumped));
      pending.add(bumped);
      return bumped;
    },
    async settled() {
      await Promise.all([...pending]);
    },
  };
}
