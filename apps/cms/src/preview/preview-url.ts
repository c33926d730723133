import type { Core } from '@strapi/strapi';
import { signPreviewLink } from '@masthead/client/revalidation';

/**
 * Where the admin's Preview button opens a draft: the website's `/api/preview` with a signed, expiring link to the
 * document's page, which turns on draft mode and redirects there. `null` for types without a page of their own.
 */
export async function previewUrl(
  strapi: Core.Strapi,
  site: { webUrl: string; secret: string },
  uid: string,
  documentId: string,
): Promise<string | null> {
  const path = await pagePath(strapi, uid, documentId);
  if (!path) return null;
  return `${new URL('/api/preview', site.webUrl).toString()}?${signPreviewLink(site.secret, path).toString()}`;
}

async function pagePath(strapi: Core.Strapi, uid: string, documentId: string): Promise<string | null> {
  if (uid === 'api::article.article') {
    const draft = await strapi.db.query(uid).findOne({ where: { documentId, publishedAt: null }, select: ['slug'] });
    return draft?.slug ? `/articles/${draft.slug}` : null;
  }
  if (uid === 'api::issue.issue') {
    const draft = await strapi.db.query(uid).findOne({ where: { documentId, publishedAt: null }, select: ['number'], populate: { volume: { select: ['number'] } } });
    return draft?.volume ? `/volumes/${draft.volume.number}/issues/${draft.number}` : null;
  }
  const slugged: Record<string, string> = { 'api::author.author': 'authors', 'api::source.source': 'sources', 'api::section.section': 'sections', 'api::tag.tag': 'tags' };
  if (slugged[uid]) {
    const row = await strapi.db.query(uid as 'api::author.author').findOne({ where: { documentId }, select: ['slug'] });
    return row?.slug ? `/${slugged[uid]}/${row.slug}` : null;
  }
  return null;
}
