import type { Core } from '@strapi/strapi';
import { pagination } from '@strapi/utils';
import { relationFiltersAsSubqueries } from './relation-subqueries';

interface FindParams {
  filters?: unknown;
  pagination?: Record<string, unknown>;
  [key: string]: unknown;
}

interface Found {
  results: unknown;
  pagination: object;
}

/** Whether the core `find` would count, read as Strapi reads `pagination[withCount]` (the contract allows true or false). */
function counts(strapi: Core.Strapi, params: FindParams): boolean {
  const withCount = params.pagination?.withCount;
  if (withCount === undefined) return Boolean(strapi.config.get('api.rest.withCount', true));
  return withCount === true || withCount === 'true';
}

/**
 * A collection service's core `find` with its relation filters answered as subqueries, and its count made with
 * filters of its own: a page and a count want different forms of the same filter (`relationFiltersAsSubqueries`).
 * `coreFind` is the service's `super.find`; the pagination it answers is the core one, total and page count included.
 */
export async function findThroughSubqueries<F extends Found>(
  strapi: Core.Strapi,
  uid: string,
  given: object,
  coreFind: (params: FindParams) => Promise<F>,
): Promise<F> {
  const params = given as FindParams;
  const counting = counts(strapi, params);
  const filters = await relationFiltersAsSubqueries(strapi, uid, params.filters, { counting });
  const page = await coreFind({ ...params, filters: filters.page, pagination: { ...params.pagination, withCount: false } });
  if (!counting) return page;
  // As the core `find` counts: published unless the caller asked for drafts (`getFetchParams`), and with no page.
  const { pagination: _page, ...countParams } = params;
  const total = await strapi.documents(uid as never).count({
    status: 'published',
    ...countParams,
    filters: filters.count,
  } as never);
  const transform = 'page' in page.pagination ? pagination.transformPagedPaginationInfo : pagination.transformOffsetPaginationInfo;
  return { ...page, pagination: transform(page.pagination as never, total) };
}
