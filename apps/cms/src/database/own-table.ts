import type { Core } from '@strapi/strapi';

/**
 * A table of Masthead's own, made on first use rather than by a migration: Strapi's schema sync leaves tables it
 * never created alone, and these hold no content (a counter, short-lived sessions) that a fresh start could not
 * rebuild. Made with Strapi's connection helpers, so it lives in DATABASE_SCHEMA on PostgreSQL like Strapi's own.
 * Resolves once the table exists; a failure is forgotten, so the next use tries again.
 */
type Columns = Parameters<ReturnType<Core.Strapi['db']['getSchemaConnection']>['createTable']>[1];

export function ownTable(strapi: Core.Strapi, name: string, define: Columns, afterCreate?: () => Promise<unknown>) {
  const schema = () => strapi.db.getSchemaConnection();
  let ready: Promise<void> | undefined;
  return {
    rows: () => strapi.db.getConnection(name),
    ensure(): Promise<void> {
      ready ??= (async () => {
        if (!(await schema().hasTable(name))) {
          await schema()
            .createTable(name, define)
            .catch(async (error: unknown) => {
              // Another process on the same database created it first.
              if (!(await schema().hasTable(name))) throw error;
            });
        }
        await afterCreate?.();
      })().catch((error: unknown) => {
        ready = undefined;
        throw error;
      });
      return ready;
    },
  };
}
