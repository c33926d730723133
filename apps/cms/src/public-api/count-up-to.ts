import type { Core } from '@strapi/strapi';
import { contentTypes } from '@strapi/utils';

export type CountedStatus = 'published' | 'draft';

/**
 * How many documents of `uid` match `filters` in `status`, counting no further than `limit + 1`: the answer is
 * exact when it is at most `limit`, and "more than `limit`" otherwise.
 *
 * An exact total of a filter that matches most of the archive reads every match, whatever the SQL form (100 of 100
 * authors at 10,000 articles: 2,044 of 2,588 ms of SQL was the count), so no index bounds it. A count that stops
 * after `limit + 1` rows costs at most what reading that many rows of a page would. The filters are Strapi's REST
 * filters, turned into a `where` exactly as the document service turns them (`query-params`), with the status
 * lookup the document service adds (`publishedAt` set or not).
 */
export async function countUpTo(
  strapi: Core.Strapi,
  uid: string,
  { filters, status }: { filters: unknown; status: CountedStatus },
  limit: number,
): Promise<number> {
  const { where } = strapi.get('query-params').transform(uid as never, { filters } as never) as { where?: object };
  const lookup = contentTypes.hasDraftAndPublish(strapi.getModel(uid as never))
    ? { publishedAt: status === 'published' ? { $notNull: true } : { $null: true } }
    : {};
  const rows = strapi.db
    .queryBuilder(uid as never)
    .init({ where: { $and: [lookup, where ?? {}] } })
    .select('id')
    .limit(limit + 1)
    .getKnexQuery()
    // Strapi orders every select (by id when nothing else is asked); a count needs no order, and without one the
    // database may read an index of the filter alone (12.5 → 0.25 ms for 5,500 of 10,000 articles on SQLite).
    .clearOrder();
  const [row] = (await strapi.db.getConnection().count({ counted: '*' }).from(rows.as('counted'))) as Array<{ counted: number | string }>;
  return Number(row.counted);
}
