import { publicCollections } from '@masthead/client/contract';
import type { Core } from '@strapi/strapi';
import { contentTypes } from '@strapi/utils';

interface LinkMetadata {
  type: string;
  target?: string;
  joinTable?: { name: string; inverseJoinColumn: { name: string }; on?: Record<string, unknown> };
}

/** An index Masthead keeps beside Strapi's own: on `columns` of `table`, over published rows only when `published`. */
interface WantedIndex {
  table: string;
  columns: string[];
  published?: boolean;
}

/**
 * The index a component's join table lacks for the public filters that walk through it.
 *
 * Strapi indexes `<type>_cmps` by the owning row (`entity_id`) only. A filter through a component
 * (`filters[citations][source][slug]`) reaches the articles from the component rows, by `cmp_id`: without an
 * index on it, each such lookup scans every component link of the type (80,000 rows at 10,000 articles). The
 * filter paths come from the public contract, so a path added there is indexed here too.
 */
function componentLinkIndexes(strapi: Core.Strapi, wanted: Map<string, WantedIndex>): void {
  for (const collection of Object.values(publicCollections)) {
    for (const path of Object.keys(collection.filters)) {
      let uid: string = collection.uid;
      for (const name of path.split('.')) {
        const attribute = strapi.db.metadata.get(uid).attributes[name] as LinkMetadata | undefined;
        if (attribute?.type !== 'relation' || !attribute.target) break;
        const table = attribute.joinTable;
        if (table?.on) {
          wanted.set(`${table.name}_cmp_lookup_idx`, {
            table: table.name,
            columns: [table.inverseJoinColumn.name, ...Object.keys(table.on)],
          });
        }
        uid = attribute.target;
      }
    }
  }
}

/**
 * The published rows of each draft-and-publish public type in id order: a partial index (`WHERE published_at IS
 * NOT NULL`), which Strapi's schema.json cannot declare.
 *
 * A public list with no sort is in id order, and its count reads the published rows too. Without this index,
 * SQLite walks the table in rowid order and reads `published_at` from every row, drafts included; that column is
 * stored after the body, so each row costs its body's overflow pages (a page of 100 articles 45 % into 10,000:
 * 12.1 ms; with the index 1.0 ms, and the count 12.5 → 0.4 ms).
 */
function publishedRowIndexes(strapi: Core.Strapi, wanted: Map<string, WantedIndex>): void {
  for (const collection of Object.values(publicCollections)) {
    if (!contentTypes.hasDraftAndPublish(strapi.getModel(collection.uid as never))) continue;
    const { tableName } = strapi.db.metadata.get(collection.uid);
    wanted.set(`${tableName}_published_id_idx`, { table: tableName, columns: ['id'], published: true });
  }
}

/** Whether an index of this name exists (Strapi's schema inspector leaves partial indexes out on PostgreSQL). */
async function indexExists(strapi: Core.Strapi, name: string): Promise<boolean> {
  const found =
    strapi.db.dialect.client === 'sqlite'
      ? strapi.db.connection('sqlite_master').where({ type: 'index', name })
      : strapi.db.connection('pg_indexes').whereRaw('schemaname = current_schema()').andWhere({ indexname: name });
  return (await found.first()) !== undefined;
}

/**
 * Creates the indexes the public lists need beyond those Strapi declares, where they are missing, and returns the
 * names of those it created. Strapi keeps indexes it did not create (it drops only those of its own stored
 * schema), so each is made once and stays.
 */
export async function ensurePublicListIndexes(strapi: Core.Strapi): Promise<string[]> {
  const wanted = new Map<string, WantedIndex>();
  componentLinkIndexes(strapi, wanted);
  publishedRowIndexes(strapi, wanted);
  const created: string[] = [];
  for (const [name, { table, columns, published }] of wanted) {
    if (await indexExists(strapi, name)) continue;
    const options = published ? { predicate: strapi.db.connection.whereNotNull('published_at') } : undefined;
    // A schema builder runs every statement added to it so far when awaited: one fresh builder per index.
    await strapi.db.getSchemaConnection().alterTable(table, (builder) => builder.index(columns, name, options));
    created.push(name);
  }
  return created;
}
