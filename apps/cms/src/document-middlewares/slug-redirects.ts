import type { Core, Modules } from '@strapi/strapi';

const ARTICLE = 'api::article.article';
const REDIRECT = 'api::redirect.redirect';

const articlePath = (slug: string) => `/articles/${slug}`;

/**
 * When a published article's slug changes, its old URL redirects to the new one for good: links in feeds, search
 * engines and other sites keep working. Chains are collapsed (older URLs point straight to the newest), and a URL
 * that becomes an article's again stops redirecting.
 */
export function slugRedirects(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.uid !== ARTICLE || !publishes(context)) return next();
    const documentId = (context.params as { documentId?: string }).documentId;
    if (!documentId) return next();

    return strapi.db.transaction(async () => {
      const before = await publishedSlug(strapi, documentId);
      const result = await next();
      const after = await publishedSlug(strapi, documentId);
      if (before && after && before !== after) await redirect(strapi, articlePath(before), articlePath(after));
      return result;
    });
  };
}

function publishes(context: Modules.Documents.Middleware.Context): boolean {
  if (context.action === 'publish') return true;
  return context.action === 'update' && (context.params as { status?: string }).status === 'published';
}

async function publishedSlug(strapi: Core.Strapi, documentId: string): Promise<string | null> {
  const row = await strapi.db.query(ARTICLE).findOne({ where: { documentId, publishedAt: { $notNull: true } }, select: ['slug'] });
  return row?.slug ?? null;
}

async function redirect(strapi: Core.Strapi, from: string, to: string): Promise<void> {
  const redirects = strapi.db.query(REDIRECT);
  await redirects.deleteMany({ where: { from: to } });
  await redirects.updateMany({ where: { to: from }, data: { to } });
  const existing = await redirects.findOne({ where: { from }, select: ['id'] });
  if (existing) await redirects.update({ where: { id: existing.id }, data: { to } });
  else await strapi.documents(REDIRECT).create({ data: { from, to } });
}
