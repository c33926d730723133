import type { Core, Modules } from '@strapi/strapi';
import type { Generation } from './generation';

const DOCUMENT_WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);
const WRITES = ['afterCreate', 'afterCreateMany', 'afterUpdate', 'afterUpdateMany', 'afterDelete', 'afterDeleteMany'] as const;

/** Models whose rows can appear in, or decide, a public answer: content, media, and what the public role may read. */
function affectsPublicAnswers(uid: string): boolean {
  return (
    uid.startsWith('api::') ||
    uid.startsWith('plugin::upload.') ||
    uid === 'plugin::users-permissions.permission' ||
    uid === 'plugin::users-permissions.role' ||
    uid === 'plugin::i18n.locale'
  );
}

/**
 * Every database write to such a model moves the cache on — through the document service, the admin, the
 * scheduler's direct queries or the importer alike, since all of them go through Strapi's query layer. Inside a
 * transaction the bump waits for the commit, once per transaction: bumping earlier would let a request that reads
 * the old rows store its answer under the new generation.
 */
export function invalidateOnWrite(strapi: Core.Strapi, generation: Generation): void {
  const scheduled = new WeakSet<object>();
  const bumpAfterCommit = async () => {
    if (!strapi.db.inTransaction()) return generation.bump();
    await strapi.db.transaction(async ({ trx, onCommit }) => {
      if (scheduled.has(trx)) return;
      scheduled.add(trx);
      onCommit(() => void generation.bump());
    });
  };
  const models = [...strapi.db.metadata.keys()].filter(affectsPublicAnswers);
  strapi.db.lifecycles.subscribe({ models, ...Object.fromEntries(WRITES.map((action) => [action, bumpAfterCommit])) });
}

/**
 * A write through the document service (REST, admin, scheduler) returns only once the cache has moved on, so whoever
 * made the change — an editor, another app, the website told to revalidate — reads it back at once.
 */
export function awaitCacheInvalidation(generation: Generation): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (!DOCUMENT_WRITES.has(context.action)) return next();
    const result = await next();
    await generation.settled();
    return result;
  };
}
