import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { publishProblems, publishProblemsMessage, type ArticleDraft } from '../editorial/publish-readiness';

const ARTICLE = 'api::article.article';

/**
 * Refuses to publish an article that is not ready (see `publishProblems`), however it is published: the admin's
 * Publish button, a create or update with `status: 'published'`, the scheduler or an issue's release. The check
 * reads the draft as written, inside the write's transaction, so a refused publish leaves nothing behind.
 */
export function articlePublishCheck(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.uid !== ARTICLE || !publishes(context)) return next();

    return strapi.db.transaction(async () => {
      const result = await next();
      const documentId =
        (context.params as { documentId?: string }).documentId ?? (result as { documentId?: string } | null)?.documentId;
      if (documentId) await assertReadyToPublish(strapi, documentId);
      return result;
    });
  };
}

function publishes(context: Modules.Documents.Middleware.Context): boolean {
  if (context.action === 'publish') return true;
  const status = (context.params as { status?: string }).status;
  return (context.action === 'create' || context.action === 'update') && status === 'published';
}

export async function assertReadyToPublish(strapi: Core.Strapi, documentId: string): Promise<void> {
  const draft = (await strapi.db.query(ARTICLE).findOne({
    where: { documentId, publishedAt: null },
    select: ['title', 'dek'],
    populate: { authors: { select: ['id'] }, issue: { select: ['id'] }, cover: true },
  })) as (ArticleDraft & { title: string }) | null;
  if (!draft) return;
  const problems = publishProblems(draft);
  if (problems.length) throw new errors.ValidationError(publishProblemsMessage(draft.title, problems));
}
