import { RESTART_BUDGET_MS, useCms } from '../harness/cms';

/**
 * The indexes behind every hot lookup — slugs, issue by volume and number, dates lists sort by — are declared on
 * the content types (`indexes` in schema.json), so Strapi's schema sync owns them: it creates them in a fresh
 * database and adds them to an existing one at its next start, on SQLite and PostgreSQL alike, and keeps them
 * through later content-type changes.
 */

const cms = useCms({ seed: false });

const EXPECTED: Record<string, string[]> = {
  articles: ['articles_slug_idx', 'articles_first_published_idx', 'articles_published_idx', 'articles_updated_idx'],
  authors: ['authors_slug_idx'],
  sources: ['sources_slug_idx'],
  sections: ['sections_slug_idx'],
  tags: ['tags_slug_idx'],
  issues: ['issues_number_idx', 'issues_cover_date_idx'],
  volumes: ['volumes_number_idx'],
  redirects: ['redirects_from_idx'],
};

const knex = () => cms.strapi.db.connection;

async function indexesOf(table: string): Promise<string[]> {
  if (cms.database === 'sqlite') {
    const rows: Array<{ name: string }> = await knex().raw(`PRAGMA index_list('${table}')`);
    return rows.map((row) => row.name);
  }
  const { rows } = await knex().raw('select indexname as name from pg_indexes where schemaname = current_schema() and tablename = ?', [
    table,
  ]);
  return (rows as Array<{ name: string }>).map((row) => row.name);
}

/** The plan the database picks for an article lookup by slug, as readers' pages make it. */
async function slugLookupPlan(): Promise<string> {
  const sql = 'select id from articles where slug = ? and published_at is not null';
  if (cms.database === 'sqlite') {
    const rows: Array<{ detail: string }> = await knex().raw(`EXPLAIN QUERY PLAN ${sql}`, ['night-buses']);
    return rows.map((row) => row.detail).join('\n');
  }
  // An empty table is cheapest to scan; forbid that so the plan shows whether the index can serve the lookup.
  return knex().transaction(async (trx) => {
    await trx.raw('SET LOCAL enable_seqscan = off');
    const { rows } = await trx.raw(`EXPLAIN ${sql}`, ['night-buses']);
    return (rows as Array<{ 'QUERY PLAN': string }>).map((row) => row['QUERY PLAN']).join('\n');
  });
}

describe('lookup indexes', () => {
  it.each(Object.entries(EXPECTED))('exist on %s in a fresh database', async (table, names) => {
    expect(await indexesOf(table)).toEqual(expect.arrayContaining(names));
  });

  it('serve an article lookup by slug', async () => {
    expect(await slugLookupPlan()).toMatch(/articles_slug_idx/);
  });

  it(
    'are added to an existing database whose schema predates them, at its next start',
    async () => {
      // A database from before the indexes: the index is missing and Strapi's stored schema is not the current one.
      await knex().raw('DROP INDEX articles_slug_idx');
      await knex()('strapi_database_schema').del();
      await cms.restart();
      expect(await indexesOf('articles')).toContain('articles_slug_idx');
    },
    RESTART_BUDGET_MS,
  );
});

describe('the published-rows index of each draft-and-publish public type', () => {
  it.each(['articles', 'issues'])('exists on %s and serves a list in id order and its count', async (table) => {
    expect(await indexesOf(table)).toContain(`${table}_published_id_idx`);
    const sql = `select id from ${table} where published_at is not null order by id limit 100 offset 50`;
    if (cms.database === 'sqlite') {
      const rows: Array<{ detail: string }> = await knex().raw(`EXPLAIN QUERY PLAN ${sql}`);
      expect(rows.map((row) => row.detail).join('\n')).toMatch(new RegExp(`${table}_published_id_idx`));
    }
  });

  it(
    'is made again at the next start when it is missing',
    async () => {
      await knex().raw('DROP INDEX articles_published_id_idx');
      await cms.restart();
      expect(await indexesOf('articles')).toContain('articles_published_id_idx');
    },
    RESTART_BUDGET_MS,
  );
});

describe('the component join-table index the public filters need', () => {
  it('exists on articles_cmps, for the filter through citations to their source', async () => {
    expect(await indexesOf('articles_cmps')).toContain('articles_cmps_cmp_lookup_idx');
  });

  it(
    'is made again at the next start when it is missing, and Strapi’s schema sync leaves it in place',
    async () => {
      await knex().raw('DROP INDEX articles_cmps_cmp_lookup_idx');
      await cms.restart();
      expect(await indexesOf('articles_cmps')).toContain('articles_cmps_cmp_lookup_idx');
      await cms.restart();
      expect(await indexesOf('articles_cmps')).toContain('articles_cmps_cmp_lookup_idx');
    },
    2 * RESTART_BUDGET_MS,
  );
});

// PostgreSQL's autovacuum analyses tables itself; on SQLite the CMS must.
(process.env.MASTHEAD_TEST_DATABASE === 'postgres' ? describe.skip : describe)('SQLite planner statistics', () => {
  it('are gathered at start for the tables that hold rows, so the planner weighs each index for what it is', async () => {
    const rows: Array<{ tbl: string }> = await knex().raw('SELECT DISTINCT tbl FROM sqlite_stat1');
    expect(rows.map((row) => row.tbl)).toEqual(expect.arrayContaining(['up_permissions_role_lnk', 'strapi_core_store_settings']));
  });
});
