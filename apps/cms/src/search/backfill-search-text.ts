import type { Core } from '@strapi/strapi';
import { articleSearchText } from './search-text';
import { UID } from '../uids';

const BATCH = 200;

/**
 * Fills the search text of article rows written before it existed (or by SQL behind Strapi's back), drafts and
 * published versions alike. Runs at every start and touches nothing once all rows have it.
 */
export async function backfillSearchText(strapi: Core.Strapi): Promise<number> {
  const rows = strapi.db.query(UID.article);
  let filled = 0;
  for (;;) {
    const batch: Array<{ id: number; title: string; dek: string; body: unknown }> = await rows.findMany({
      where: { searchText: { $null: true } },
      select: ['id', 'title', 'dek', 'body'],
      limit: BATCH,
    });
    if (batch.length === 0) return filled;
    for (const row of batch) {
      await rows.update({ where: { id: row.id }, data: { searchText: articleSearchText(row) } });
    }
    filled += batch.length;
  }
}
