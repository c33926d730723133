import type { Core } from '@strapi/strapi';
import { RESERVED_CHARACTERS } from '../search/full-text/full-text-index';
import { UID } from '../uids';
import { blocksToPlainText } from './blocks';
import { readingTimeMinutes } from './reading-time';

type Data = Record<string, unknown>;

/** The body's plain text as search indexes and excerpts it: the characters search reserves can never come from content. */
export function articleBodyText(body: readonly unknown[]): string {
  return blocksToPlainText(body).replace(RESERVED_CHARACTERS, '');
}

/** A body as a write carries it: blocks, or (from a hand-written query) their JSON. */
function blocksOf(body: unknown): unknown[] {
  if (typeof body === 'string') {
    try {
      return blocksOf(JSON.parse(body));
    } catch {
      return [];
    }
  }
  return Array.isArray(body) ? body : [];
}

/** Sets the fields that follow the body in a write's data, and drops any value a caller gave them. */
export function deriveBodyFields(data: Data): void {
  delete data.bodyText;
  delete data.readingTimeMinutes;
  if (data.body === undefined) return;
  const blocks = blocksOf(data.body);
  data.bodyText = articleBodyText(blocks);
  data.readingTimeMinutes = readingTimeMinutes(blocks);
}

/**
 * Keeps the article's reading time and plain body text (which the search index reads) in step with its body on
 * every write through Strapi — the document service, the query layer, publishing's copy of a draft — as a database
 * lifecycle, below every path that writes. Rows written by SQL are filled in at the next start.
 */
export function keepArticleBodyFields(strapi: Core.Strapi): void {
  const each = (event: { params: { data?: Data | Data[] } }) => {
    const { data } = event.params;
    for (const row of Array.isArray(data) ? data : data ? [data] : []) deriveBodyFields(row);
  };
  strapi.db.lifecycles.subscribe({
    models: [UID.article],
    beforeCreate: each,
    beforeCreateMany: each,
    beforeUpdate: each,
    beforeUpdateMany: each,
  });
}

const BATCH = 200;

/**
 * Fills the body text of article rows written without it (by SQL, or before it existed), drafts and published
 * versions alike, by writing each body back through the lifecycle above. Touches nothing once every row has it.
 */
export async function fillMissingBodyText(strapi: Core.Strapi): Promise<number> {
  const rows = strapi.db.query(UID.article);
  let filled = 0;
  for (;;) {
    const batch: Array<{ id: number; body: unknown }> = await rows.findMany({
      where: { bodyText: { $null: true } },
      select: ['id', 'body'],
      limit: BATCH,
    });
    if (batch.length === 0) return filled;
    for (const row of batch) await rows.update({ where: { id: row.id }, data: { body: row.body ?? [] } });
    filled += batch.length;
  }
}
