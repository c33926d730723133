import type { Core } from '@strapi/strapi';
import { ownTable } from './own-table';

/**
 * One-time fixes to content already stored, run at start, each at most once per database: a table of our own
 * records which have run. (Strapi's own `database/migrations` run before its schema sync, as plain JavaScript and
 * raw SQL, where a fix to content written by an older Masthead could not use the content model or the rules in
 * src/.) A migration must be safe to run twice — two instances may start together — and says how many rows it
 * changed.
 */
export interface DataMigration {
  /** Never renamed once shipped: the name is what the table remembers. */
  name: string;
  /** What it does, for the log: "Dropped 3 repeated sources lines". Given the number of rows changed. */
  describe(changed: number): string;
  run(strapi: Core.Strapi): Promise<number>;
}

const TABLE = 'masthead_data_migrations';

export async function runDataMigrations(strapi: Core.Strapi, migrations: readonly DataMigration[]): Promise<string[]> {
  const table = ownTable(strapi, TABLE, (columns) => {
    columns.string('name').primary();
    columns.integer('changed').notNullable();
    columns.timestamp('ran_at').notNullable();
  });
  await table.ensure();
  const done = new Set((await table.rows().select('name')).map((row: { name: string }) => row.name));
  const reports: string[] = [];
  for (const migration of migrations) {
    if (done.has(migration.name)) continue;
    const changed = await migration.run(strapi);
    await table.rows().insert({ name: migration.name, changed, ran_at: new Date() }).onConflict('name').ignore();
    if (changed > 0) reports.push(migration.describe(changed));
  }
  return reports;
}
