import type { Core, Modules } from '@strapi/strapi';

/**
 * The words every document middleware uses for a document-service call: whether it is a write, whether
 * it publishes, which document it wrote, and "check what it stored, inside its transaction".
 */

type Middleware = Modules.Documents.Middleware.Middleware;
export type Context = Parameters<Middleware>[0];
type Next = Parameters<Middleware>[1];

interface WriteParams {
  documentId?: string;
  status?: string;
  data?: Record<string, unknown>;
}

export const paramsOf = (context: Context) => context.params as WriteParams;

/** A call that sends fields: `create` and `update` (their `params.data` is what the editor or the app sent). */
export const sendsData = (context: Context) => context.action === 'create' || context.action === 'update';

/** A call that leaves a stored state to check: a new or edited draft, or a new published version. */
export const stores = (context: Context) => sendsData(context) || context.action === 'publish';

/** A call that makes a published version: `publish`, or a create or update with `status: 'published'` (REST, the importer). */
export const publishes = (context: Context) =>
  context.action === 'publish' || (sendsData(context) && paramsOf(context).status === 'published');

/**
 * A call that publishes a document again: `publish`, or an update with `status: 'published'`. Unlike `publishes`,
 * not a create: a new document had no published version before, which is what a before-and-after comparison needs.
 */
export const republishes = (context: Context) => publishes(context) && context.action !== 'create';

/** The document a call wrote: the one it named or, for a create, the one it made. */
export const writtenDocumentId = (context: Context, result: unknown): string | undefined =>
  paramsOf(context).documentId ?? (result as { documentId?: string } | null)?.documentId;

/**
 * Runs the call and then `check` on the document it stored, in one transaction: a check that throws rolls the
 * write back, so a refused write leaves nothing behind.
 */
export async function checkAfterWrite(strapi: Core.Strapi, context: Context, next: Next, check: (documentId: string) => Promise<void>) {
  return strapi.db.transaction(async () => {
    const result = await next();
    const documentId = writtenDocumentId(context, result);
    if (documentId) await check(documentId);
    return result;
  });
}
