import type { Core, Modules } from '@strapi/strapi';
import { sendsData } from './writes';
import { UID } from '../uids';

type ArticleData = { firstPublishedAt?: string | Date | null };

/**
 * Stamps the first publication date once, the first time an article goes live (an import may set it explicitly).
 * The fields that follow the body are kept below, by a database lifecycle (content/article-body-fields.ts).
 */
export function articleDerivedFields(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.uid !== UID.article) return next();

    if (sendsData(context)) {
      const params = context.params as { data?: ArticleData; status?: string };
      const data = params.data;
      if (data) {
        if (params.status === 'published' && !data.firstPublishedAt) {
          data.firstPublishedAt = (await existingFirstPublishedAt(strapi, context.params)) ?? new Date();
        }
      }
    }

    if (context.action === 'publish') {
      const { documentId } = context.params as { documentId: string };
      if (!(await existingFirstPublishedAt(strapi, context.params))) {
        // Stamp the draft: publishing copies the draft, so the published version carries the date too.
        await strapi.db.query(UID.article).updateMany({ where: { documentId, publishedAt: null }, data: { firstPublishedAt: new Date() } });
      }
    }

    return next();
  };
}

async function existingFirstPublishedAt(strapi: Core.Strapi, params: object): Promise<Date | null> {
  const documentId = (params as { documentId?: string }).documentId;
  if (!documentId) return null;
  const versions = await strapi.db
    .query(UID.article)
    .findMany({ where: { documentId, firstPublishedAt: { $notNull: true } }, select: ['firstPublishedAt'] });
  const first = versions[0]?.firstPublishedAt;
  return first ? new Date(first) : null;
}
