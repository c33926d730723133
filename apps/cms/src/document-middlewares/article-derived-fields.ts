import type { Core, Modules } from '@strapi/strapi';
import { readingTimeMinutes } from '../content/reading-time';
import { articleSearchText } from '../search/search-text';
import { sendsData } from './writes';
import { UID } from '../uids';

type ArticleData = {
  title?: unknown;
  dek?: unknown;
  body?: unknown;
  readingTimeMinutes?: number;
  firstPublishedAt?: string | Date | null;
  searchText?: string;
};

/**
 * Keeps the article fields editors never type: the reading time and the search text follow the body on every write,
 * and the first publication date is stamped once, the first time an article goes live (an import may set it explicitly).
 */
export function articleDerivedFields(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.uid !== UID.article) return next();

    if (sendsData(context)) {
      const params = context.params as { data?: ArticleData; status?: string };
      const data = params.data;
      if (data) {
        if (Array.isArray(data.body)) data.readingTimeMinutes = readingTimeMinutes(data.body);
        else delete data.readingTimeMinutes;
        delete data.searchText;
        const searchText = await searchTextAfterWrite(strapi, context.params, data);
        if (searchText !== null) data.searchText = searchText;
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

/**
 * The search text once this write lands, or `null` when the write touches none of its fields. A partial update
 * (only the dek, say) is merged over the draft it changes.
 */
async function searchTextAfterWrite(strapi: Core.Strapi, params: object, data: ArticleData): Promise<string | null> {
  if (data.title === undefined && data.dek === undefined && data.body === undefined) return null;
  const documentId = (params as { documentId?: string }).documentId;
  const stored = documentId
    ? await strapi.db.query(UID.article).findOne({ where: { documentId, publishedAt: null }, select: ['title', 'dek', 'body'] })
    : null;
  const defined = Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
  return articleSearchText({ ...stored, ...defined });
}
