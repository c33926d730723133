import { factories, type Core } from '@strapi/strapi';
import { COUNT_AHEAD } from '@masthead/client/contract';
import { pagination } from '@strapi/utils';
import { countUpTo, type CountedStatus } from './count-up-to';
import { relationFiltersAsSubqueries } from './relation-subqueries';

interface FindParams {
  filters?: unknown;
  pagination?: Record<string, unknown>;
  status?: unknown;
  [key: string]: unknown;
}

interface Found {
  results: unknown;
  pagination: object;
}

/** The page a core `find` answered, in either form the request used. */
type PageInfo = { page: number; pageSize: number } | { start: number; limit: number };

/** Whether the core `find` would count, read as Strapi reads `pagination[withCount]` (the contract allows true or false). */
function counts(strapi: Core.Strapi, params: FindParams): boolean {
  const withCount = params.pagination?.withCount;
  if (withCount === undefined) return Boolean(strapi.config.get('api.rest.withCount', true));
  return withCount === true || withCount === 'true';
}

const firstRow = (info: PageInfo) => ('page' in info ? (info.page - 1) * info.pageSize : info.start);

/**
 * A public list: the service's core `find` with its relation filters answered as subqueries, and its total counted
 * no further than `COUNT_AHEAD` rows past the page's first row (`countUpTo`). `coreFind` is the service's
 * `super.find`. The pagination is the core one plus `totalIsExact`: when the count stopped, `total` is the number
 * of rows it reached (a lower bound) and the page count follows from it, so a client paging on reads a larger
 * lower bound on each page until the last pages count exactly.
 */
export async function findPublicList<F extends Found>(
  strapi: Core.Strapi,
  uid: string,
  given: object,
  coreFind: (params: FindParams) => Promise<F>,
): Promise<F> {
  const params = given as FindParams;
  const filters = await relationFiltersAsSubqueries(strapi, uid, params.filters);
  const page = await coreFind({ ...params, filters, pagination: { ...params.pagination, withCount: false } });
  if (!counts(strapi, params)) return page;
  const info = page.pagination as PageInfo;
  const limit = firstRow(info) + COUNT_AHEAD;
  // As the core `find` counts: published unless the caller asked for drafts (`getFetchParams`).
  const status: CountedStatus = params.status === 'draft' ? 'draft' : 'published';
  const total = await countUpTo(strapi, uid, { filters, status }, limit);
  const transform = 'page' in info ? pagination.transformPagedPaginationInfo : pagination.transformOffsetPaginationInfo;
  return { ...page, pagination: { ...transform(info as never, total), totalIsExact: total <= limit } };
}

/**
 * The service of a public collection: Strapi's core service with `find` answered by `findPublicList`, so every
 * public list filters through relations and counts the same way.
 */
export const publicListService = (uid: string) =>
  factories.createCoreService(uid as never, ({ strapi }) => ({
    async find(params: object = {}) {
      return findPublicList(strapi, uid, params, (core) => super.find(core));
    },
  }));
