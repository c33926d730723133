import type { Core } from '@strapi/strapi';
import type { DataMigration } from '../database/data-migrations';
import { UID } from '../uids';
import { withoutRepeatedSourcesLine } from './closing-sources-line';

/** The verbs of a closing sources line (closing-sources-line.ts): only bodies holding one are read. */
const VERB_PHRASES = ['retrieved from', 'taken from', 'gathered from', 'obtained from', 'sourced from'];

type ArticleRow = { id: number; title: string; dek: string; body: unknown[] | null; citations: unknown[] | null };

/**
 * Articles imported before the importer dropped the closing "Information retrieved from …" line still end with it,
 * right above their Sources list: this drops it from every version (drafts and published) that has its sources as
 * data. The SQL narrows the read to bodies that
 * mention a closing line's verb, so a large archive is not read whole.
 */
export async function dropRepeatedSourcesLines(strapi: Core.Strapi): Promise<number> {
  const { tableName } = strapi.db.metadata.get(UID.article);
  const candidates: Array<{ id: number }> = await strapi.db
    .getConnection(tableName)
    .select('id')
    .where((where) => {
      for (const phrase of VERB_PHRASES) where.orWhereRaw('LOWER(CAST(body AS TEXT)) LIKE ?', [`%${phrase}%`]);
    });
  const articles = strapi.db.query(UID.article);
  let changed = 0;
  for (const { id } of candidates) {
    const row: ArticleRow | null = await articles.findOne({
      where: { id },
      select: ['id', 'title', 'dek', 'body'],
      populate: { citations: { select: ['id'] } },
    });
    const body = row && Array.isArray(row.body) ? withoutRepeatedSourcesLine(row.body, row.citations?.length ?? 0) : null;
    if (!row || !body) continue;
    // The reading time and search text follow the body (content/article-body-fields.ts).
    await articles.update({ where: { id }, data: { body } });
    changed += 1;
  }
  return changed;
}

export const dropRepeatedSourcesLinesMigration: DataMigration = {
  name: '2026-12-drop-repeated-sources-lines',
  describe: (changed) =>
    `Dropped the closing "Information retrieved from …" line from ${changed} article versions that list their sources.`,
  run: dropRepeatedSourcesLines,
};
