import type { Core, Modules } from '@strapi/strapi';
import { issueLabel } from '../content/issue-label';
import { stores, writtenDocumentId } from './writes';
import { UID } from '../uids';

type IssueRow = {
  id: number;
  label: string | null;
  number: number | null;
  coverDate: string | null;
  volume: { number: number } | null;
};

/**
 * Keeps each issue's `label` ("Volume 19, Issue 4 · January 2025") in step with its number, cover date and volume, so
 * the admin can show it in lists and relation pickers, where a bare "4" would be ambiguous across volumes.
 */
export function issueLabels(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const result = await next();
    if (!stores(context)) return result;
    const documentId = writtenDocumentId(context, result);
    if (!documentId) return result;

    if (context.uid === UID.issue) await relabel(strapi, { documentId });
    if (context.uid === UID.volume) await relabel(strapi, { volume: { documentId } });
    return result;
  };
}

/**
 * Brings every stored label to the current house style at start: labels written before a change of style (or
 * straight into the tables by an import) would otherwise keep the old name until the issue is next saved.
 * Returns how many rows changed.
 */
export function relabelAllIssues(strapi: Core.Strapi): Promise<number> {
  return relabel(strapi, {});
}

async function relabel(strapi: Core.Strapi, where: Record<string, unknown>): Promise<number> {
  const issues = strapi.db.query(UID.issue);
  const rows: IssueRow[] = await issues.findMany({
    where,
    select: ['id', 'label', 'number', 'coverDate'],
    populate: { volume: { select: ['number'] } },
  });
  let changed = 0;
  for (const row of rows) {
    const label = issueLabel({ number: row.number, coverDate: row.coverDate, volumeNumber: row.volume?.number ?? null });
    if (label === row.label) continue;
    await issues.update({ where: { id: row.id }, data: { label } });
    changed += 1;
  }
  return changed;
}
