import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { getEnv } from '../../env';
import { ownTable } from '../../database/own-table';
import { searchLanguage } from '../search-language';
import type { FullTextIndex } from './full-text-index';
import { postgresIndex } from './postgres-index';
import { sqliteIndex } from './sqlite-index';
import { searchTables } from './tables';

const STATE_TABLE = 'masthead_search_state';
/** Any number, the same in every instance: the PostgreSQL advisory lock two starting instances take turns on. */
const ENSURE_LOCK = 4_178_213;

/** The full-text index of this CMS's database. */
export function fullTextIndex(strapi: Core.Strapi): FullTextIndex {
  const tables = searchTables(strapi);
  const language = searchLanguage(getEnv().MASTHEAD_SEARCH_LANGUAGE);
  return strapi.db.dialect.client === 'sqlite' ? sqliteIndex(tables, language) : postgresIndex(tables, language);
}

type Raw = (sql: string, bindings?: readonly unknown[]) => Promise<unknown>;

/** The rows of a raw query, as each driver returns them (better-sqlite3: an array; pg: `{ rows }`). */
export function rowsOf<Row>(result: unknown): Row[] {
  return (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];
}

/**
 * Makes the index match its definition and the content, at every start. It is rebuilt from the tables when it is
 * missing, when its definition changed (a new Masthead, another MASTHEAD_SEARCH_LANGUAGE), or when any of its
 * triggers is gone — Strapi's schema sync rebuilds a SQLite table to change a column, and its triggers go with it,
 * so writes since then may be unindexed. Otherwise the triggers have kept it in step with every write, whoever made
 * it (even SQL run while the CMS was stopped), and starting costs two small queries. Returns how many articles a
 * rebuild indexed, or `null` when nothing needed doing.
 */
export async function ensureSearchIndex(strapi: Core.Strapi): Promise<number | null> {
  const index = fullTextIndex(strapi);
  const fingerprint = createHash('sha256')
    .update([...index.create, ...index.fill].join('\n;\n'))
    .digest('hex');
  const state = ownTable(strapi, STATE_TABLE, (columns) => {
    columns.string('fingerprint', 64).notNullable();
  });
  await state.ensure();

  return strapi.db.connection.transaction(async (trx) => {
    const raw: Raw = (sql, bindings = []) => trx.raw(sql, bindings as never[]);
    if (strapi.db.dialect.client === 'postgres') {
      // A rebuild is one statement over the whole archive (22 s at 10,000 articles, bench:search), and a second
      // instance waits here for the first one's: neither is a runaway query MASTHEAD_DATABASE_STATEMENT_TIMEOUT_MS
      // guards against, and cancelling either would stop the CMS from starting.
      await raw('SET LOCAL statement_timeout = 0');
      await raw('SELECT pg_advisory_xact_lock(?)', [ENSURE_LOCK]);
    }

    const stored = (await trx(STATE_TABLE).select('fingerprint').first()) as { fingerprint: string } | undefined;
    const present = new Set(rowsOf<{ name: string }>(await raw(index.existingTriggers.sql)).map((row) => row.name));
    if (stored?.fingerprint === fingerprint && index.triggers.every((name) => present.has(name))) return null;

    for (const sql of [...index.drop, ...index.create, ...index.fill]) await raw(sql);
    await trx(STATE_TABLE).delete();
    await trx(STATE_TABLE).insert({ fingerprint });
    const articles = strapi.db.metadata.get('api::article.article').tableName;
    const [{ count }] = (await trx(articles).whereNotNull('published_at').count({ count: '*' })) as Array<{ count: number | string }>;
    return Number(count);
  });
}
