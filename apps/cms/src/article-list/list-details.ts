import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { storedPublishProblemsOf } from '../publishing/assert-ready-to-publish';
import { UID } from '../uids';

/** What the admin's article list shows beside Strapi's own columns, for one article's draft. */
export interface ArticleListDetails {
  /** The byline's names, in the order it reads. */
  byline: string[];
  section: string | null;
  position: number | null;
  /** What is still to do before it may be published, in the publish check's words (empty when it may go). */
  toDo: string[];
}

/** The Content Manager shows at most 100 rows a page. */
export const MAX_LIST_DETAILS = 100;

/**
 * The byline, section, position and readiness of the articles on one page of the admin's list, by documentId: two queries
 * for the whole page, whatever its size. Articles without a draft (deleted meanwhile) are left out.
 */
export async function articleListDetails(strapi: Core.Strapi, documentIds: unknown): Promise<Record<string, ArticleListDetails>> {
  const ids = typeof documentIds === 'string' ? documentIds.split(',').filter(Boolean) : [];
  if (ids.length === 0 || ids.length > MAX_LIST_DETAILS) {
    throw new errors.ValidationError(`Send \`documentIds\`: between 1 and ${MAX_LIST_DETAILS} article documentIds, separated by commas.`);
  }
  const [drafts, readiness] = await Promise.all([
    strapi.db.query(UID.article).findMany({
      where: { documentId: { $in: ids }, publishedAt: null },
      select: ['documentId', 'position'],
      populate: { authors: { select: ['name'] }, section: { select: ['name'] } },
    }) as Promise<
      Array<{ documentId: string; position: number | null; authors: Array<{ name: string }>; section: { name: string } | null }>
    >,
    storedPublishProblemsOf(strapi, ids),
  ]);
  return Object.fromEntries(
    drafts.map((draft) => [
      draft.documentId,
      {
        byline: draft.authors.map((author) => author.name),
        section: draft.section?.name ?? null,
        position: draft.position,
        toDo: readiness.get(draft.documentId)?.problems ?? [],
      },
    ]),
  );
}
