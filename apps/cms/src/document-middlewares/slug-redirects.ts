import { sitePaths } from '@masthead/client/site-paths';
import type { Core, Modules } from '@strapi/strapi';
import { paramsOf, republishes } from './writes';
import { UID } from '../uids';

/**
 * When a published article's slug changes, its old URL redirects to the new one for good: links in feeds, search
 * engines and other sites keep working. Chains are collapsed (older URLs point straight to the newest), and a URL
 * that becomes an article's again stops redirecting.
 */
export function slugRedirects(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.uid !== UID.article || !republishes(context)) return next();
    const { documentId } = paramsOf(context);
    if (!documentId) return next();

    return strapi.db.transaction(async () => {
      const before = await publishedSlug(strapi, documentId);
      const result = await next();
      const after = await publishedSlug(strapi, documentId);
      if (before && after && before !== after) await redirect(strapi, sitePaths.article(before), sitePaths.article(after));
      return result;
    });
  };
}

async function publishedSlug(strapi: Core.Strapi, documentId: string): Promise<string | null> {
  const row = await strapi.db.query(UID.article).findOne({ where: { documentId, publishedAt: { $notNull: true } }, select: ['slug'] });
  return row?.slug ?? null;
}

async function redirect(strapi: Core.Strapi, from: string, to: string): Promise<void> {
  const redirects = strapi.db.query(UID.redirect);
  await redirects.deleteMany({ where: { from: to } });
  await redirects.updateMany({ where: { to: from }, data: { to } });
  const existing = await redirects.findOne({ where: { from }, select: ['id'] });
  if (existing) await redirects.update({ where: { id: existing.id }, data: { to } });
  else await strapi.documents(UID.redirect).create({ data: { from, to } });
}
