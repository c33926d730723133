import { publicCollections } from '@masthead/client/contract';
import type { Core } from '@strapi/strapi';

interface LinkMetadata {
  type: string;
  target?: string;
  joinTable?: { name: string; inverseJoinColumn: { name: string }; on?: Record<string, unknown> };
}

/**
 * The index a component's join table lacks for the public filters that walk through it.
 *
 * Strapi indexes `<type>_cmps` by the owning row (`entity_id`) only. A filter through a component
 * (`filters[citations][source][slug]`) reaches the articles from the component rows, by `cmp_id`: without an
 * index on it, each such lookup scans every component link of the type (80,000 rows at 10,000 articles). The
 * filter paths come from the public contract, so a path added there is indexed here too. Strapi keeps indexes it
 * did not create (it drops only those of its own stored schema), so this one is made once and stays.
 */
export async function ensureComponentLinkIndexes(strapi: Core.Strapi): Promise<string[]> {
  const wanted = new Map<string, { table: string; columns: string[] }>();
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
  const created: string[] = [];
  for (const [name, { table, columns }] of wanted) {
    const indexes = await strapi.db.dialect.schemaInspector.getIndexes(table);
    if (indexes.some((index) => index.name === name)) continue;
    await strapi.db.getSchemaConnection().alterTable(table, (builder) => builder.index(columns, name));
    created.push(name);
  }
  return created;
}
