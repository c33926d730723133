import type { Core, Modules } from '@strapi/strapi';
import { sendsData, writtenDocumentId } from './writes';
import { UID } from '../uids';

/**
 * An article in an issue always has a place in its table of contents: one saved into an issue without a position
 * goes to the end of that issue. Without this, `position:asc` sorts it first — an unfinished story would lead the
 * issue and the front page, and nothing would say so.
 */
export function articlePositions(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.uid !== UID.article || !sendsData(context)) return next();
    return strapi.db.transaction(async () => {
      const result = await next();
      const documentId = writtenDocumentId(context, result);
      if (documentId) await appendUnplacedArticles(strapi, { documentId });
      return result;
    });
  };
}

/**
 * Gives each article in an issue but without a position (those of one document, or all of them) the next position
 * at the end of its issue, in id order. Also run at start, for articles saved before this rule existed.
 * @returns how many article documents it placed.
 */
export async function appendUnplacedArticles(strapi: Core.Strapi, scope: { documentId?: string } = {}): Promise<number> {
  const unplaced: Array<{ documentId: string; issue: { documentId: string } | null }> = await strapi.db.query(UID.article).findMany({
    where: { ...scope, publishedAt: null, position: null, issue: { id: { $notNull: true } } },
    select: ['documentId'],
    populate: { issue: { select: ['documentId'] } },
    orderBy: { id: 'asc' },
  });
  for (const article of unplaced) {
    if (!article.issue) continue;
    const last = await strapi.db.query(UID.article).findOne({
      where: { publishedAt: null, position: { $notNull: true }, issue: { documentId: article.issue.documentId } },
      select: ['position'],
      orderBy: { position: 'desc' },
    });
    // Every version without a place: the draft, and a published copy saved in the same write.
    await strapi.db
      .query(UID.article)
      .updateMany({ where: { documentId: article.documentId, position: null }, data: { position: (last?.position ?? 0) + 1 } });
  }
  return unplaced.length;
}
