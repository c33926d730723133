import type { Core } from '@strapi/strapi';
import { articlePopulate } from '../api/article/middlewares/article-populate';
import { blocksToPlainText } from '../content/blocks';
import { excerptAround } from './excerpt';
import type { SearchQuery } from './search-query';
import { wordStart } from './search-text';
import { UID } from '../uids';

const RESULT_FIELDS = ['title', 'slug', 'dek', 'position', 'readingTimeMinutes', 'firstPublishedAt', 'publishedAt', 'updatedAt'];
const NEWEST_FIRST = [{ firstPublishedAt: 'desc' }, { title: 'asc' }];

type Filters = Record<string, unknown>;
type Found = Record<string, unknown> & { body?: unknown };

export interface SearchPage {
  results: Array<Record<string, unknown> & { excerpt: string | null }>;
  pagination: { page: number; pageSize: number; pageCount: number; total: number };
}

/**
 * Published articles whose title, dek or body contain every term. By relevance (the default), articles with every
 * term in the title come first, then the rest, each group newest first; by newest, one group by date. Ranking by
 * groups keeps the SQL portable (SQLite and PostgreSQL) and each page costs at most two counts and two bounded
 * queries, however large the archive.
 */
export async function searchArticles(strapi: Core.Strapi, query: SearchQuery): Promise<SearchPage> {
  const narrowed: Filters[] = [
    ...query.terms.map((term) => ({ searchText: { $contains: wordStart(term) } })),
    ...(query.section ? [{ section: { slug: { $eq: query.section } } }] : []),
    ...(query.author ? [{ authors: { slug: { $eq: query.author } } }] : []),
    ...(query.volume ? [{ issue: { volume: { number: { $eq: query.volume } } } }] : []),
  ];
  const inTitle = { $and: query.terms.map((term) => ({ title: { $containsi: term } })) };
  const titleGroup = { $and: [...narrowed, inTitle] };
  const restGroup = { $and: [...narrowed, { $not: inTitle }] };

  const documents = strapi.documents(UID.article);
  const count = (filters: Filters) => documents.count({ status: 'published', filters } as never);

  const find = async (filters: Filters, start: number, limit: number): Promise<Found[]> =>
    limit <= 0
      ? []
      : ((await documents.findMany({
          status: 'published',
          filters,
          fields: [...RESULT_FIELDS, 'body'],
          populate: articlePopulate,
          sort: NEWEST_FIRST,
          start,
          limit,
        } as never)) as Found[]);

  const start = (query.page - 1) * query.pageSize;
  const page = (found: Found[], total: number): SearchPage => ({
    results: found.map(({ body, ...article }) => ({
      ...article,
      excerpt: Array.isArray(body) ? excerptAround(blocksToPlainText(body), query.terms) : null,
    })),
    pagination: { page: query.page, pageSize: query.pageSize, pageCount: Math.ceil(total / query.pageSize), total },
  });

  if (query.sort === 'newest') {
    const everyMatch = { $and: narrowed };
    const total = await count(everyMatch);
    return page(await find(everyMatch, start, Math.min(query.pageSize, total - start)), total);
  }
  const [titleTotal, restTotal] = await Promise.all([count(titleGroup), count(restGroup)]);
  const fromTitle = await find(titleGroup, start, Math.min(query.pageSize, titleTotal - start));
  const fromRest = await find(restGroup, Math.max(0, start - titleTotal), query.pageSize - fromTitle.length);
  return page([...fromTitle, ...fromRest], titleTotal + restTotal);
}
