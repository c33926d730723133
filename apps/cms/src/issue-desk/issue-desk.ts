import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { storedPublishProblemsOf } from '../publishing/assert-ready-to-publish';
import { issueRevalidation, type Revalidation } from '../revalidation/affected-tags';
import { issueView } from '../revalidation/public-views';
import { UID } from '../uids';

/** One article of an issue as its desk shows it. */
export interface DeskArticle {
  documentId: string;
  title: string;
  position: number | null;
  /** Goes live with the issue's release. */
  releaseWithIssue: boolean;
  /** Readers can see it now. */
  live: boolean;
  /** What is still to do before it may be published, in the publish check's own words (empty when it may go). */
  toDo: string[];
}

export interface IssueDesk {
  documentId: string;
  label: string | null;
  live: boolean;
  releaseAt: string | null;
  /** The table of contents, in the order the website shows it. */
  articles: DeskArticle[];
}

type ArticleRow = { documentId: string; title: string; position: number | null; releaseWithIssue: boolean | null };

/**
 * The issue as the unit of work: every article filed in it, in table-of-contents order, with whether it goes out
 * with the issue and whether it may (the very check a publish runs). At most one issue's articles: an issue holds
 * tens of them, not thousands.
 */
export async function issueDesk(strapi: Core.Strapi, documentId: string): Promise<IssueDesk> {
  const issue = await strapi.db
    .query(UID.issue)
    .findOne({ where: { documentId, publishedAt: null }, select: ['id', 'label', 'releaseAt'] });
  if (!issue) throw new errors.NotFoundError('This issue does not exist (or was deleted).');
  const [drafts, live, liveIssue] = await Promise.all([
    strapi.db.query(UID.article).findMany({
      where: { publishedAt: null, issue: { id: issue.id } },
      select: ['documentId', 'title', 'position', 'releaseWithIssue'],
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
    }) as Promise<ArticleRow[]>,
    strapi.db.query(UID.article).findMany({
      where: { publishedAt: { $notNull: true }, issue: { documentId } },
      select: ['documentId'],
    }) as Promise<Array<{ documentId: string }>>,
    strapi.db.query(UID.issue).count({ where: { documentId, publishedAt: { $notNull: true } } }),
  ]);
  const liveIds = new Set(live.map((row) => row.documentId));
  const readiness = await storedPublishProblemsOf(
    strapi,
    drafts.map((row) => row.documentId),
  );
  const articles: DeskArticle[] = drafts.map((row) => ({
    documentId: row.documentId,
    title: row.title,
    position: row.position,
    releaseWithIssue: Boolean(row.releaseWithIssue),
    live: liveIds.has(row.documentId),
    toDo: readiness.get(row.documentId)?.problems ?? [],
  }));
  return { documentId, label: issue.label, live: liveIssue > 0, releaseAt: issue.releaseAt ?? null, articles };
}

/**
 * Puts the issue's articles in the order given, as positions 1, 2, 3… The list must name every article filed in the
 * issue, once each: a partial or stale list (another editor added an article meanwhile) is refused rather than
 * guessed at.
 *
 * The drag order *is* the order readers see: the drafts take the new positions, and so do the live versions of
 * articles already published, without publishing anything else of their drafts. A live version whose draft had no
 * pending edits stays "Published" in the admin, not "Modified" (its time moves with its draft's); one with pending
 * edits keeps them pending. The website is told to rebuild the issue's pages once it commits (`notifyLiveChange`).
 */
export async function orderIssue(
  strapi: Core.Strapi,
  documentId: string,
  order: unknown,
  notifyLiveChange?: (revalidation: Revalidation) => void,
): Promise<IssueDesk> {
  const filed = new Set(await filedArticles(strapi, documentId));
  const valid =
    Array.isArray(order) &&
    order.length === filed.size &&
    new Set(order).size === order.length &&
    order.every((id) => typeof id === 'string' && filed.has(id));
  if (!valid) {
    throw new errors.ValidationError(
      'Send the order as `articles`: the documentId of every article filed in this issue, each once. The issue changed since it was loaded? Reload it and try again.',
    );
  }
  const ids = order as string[];
  const versions = (await strapi.db.query(UID.article).findMany({
    where: { documentId: { $in: ids } },
    select: ['documentId', 'publishedAt', 'updatedAt'],
  })) as Array<{ documentId: string; publishedAt: string | null; updatedAt: string }>;
  const draftEdited = new Map(versions.filter((row) => !row.publishedAt).map((row) => [row.documentId, new Date(row.updatedAt)]));
  const liveEdited = new Map(versions.filter((row) => row.publishedAt).map((row) => [row.documentId, new Date(row.updatedAt)]));

  await strapi.db.transaction(async ({ onCommit }) => {
    for (const [index, articleId] of ids.entries()) {
      await strapi.documents(UID.article).update({ documentId: articleId, data: { position: index + 1 } as never });
    }
    for (const [index, articleId] of ids.entries()) {
      const liveSince = liveEdited.get(articleId);
      if (!liveSince) continue;
      const hadNoPendingEdits = (draftEdited.get(articleId) ?? liveSince) <= liveSince;
      await strapi.db.query(UID.article).updateMany({
        where: { documentId: articleId, publishedAt: { $notNull: true } },
        data: { position: index + 1, ...(hadNoPendingEdits ? { updatedAt: new Date() } : {}) },
      });
    }
    const view = liveEdited.size > 0 ? await issueView(strapi, documentId) : null;
    if (view && notifyLiveChange) onCommit(() => notifyLiveChange(issueRevalidation(view, view)));
  });
  return issueDesk(strapi, documentId);
}

/** Whether an article filed in the issue goes out with its release. */
export async function includeInRelease(strapi: Core.Strapi, documentId: string, articleId: string, include: unknown): Promise<IssueDesk> {
  if (typeof include !== 'boolean') throw new errors.ValidationError('Send `releaseWithIssue` as true or false.');
  if (!(await filedArticles(strapi, documentId)).includes(articleId)) {
    throw new errors.NotFoundError('That article is not filed in this issue.');
  }
  await strapi.documents(UID.article).update({ documentId: articleId, data: { releaseWithIssue: include } as never });
  return issueDesk(strapi, documentId);
}

/** The documentIds of the articles filed in the issue (its drafts'), without their readiness. */
async function filedArticles(strapi: Core.Strapi, documentId: string): Promise<string[]> {
  const issue = await strapi.db.query(UID.issue).findOne({ where: { documentId, publishedAt: null }, select: ['id'] });
  if (!issue) throw new errors.NotFoundError('This issue does not exist (or was deleted).');
  const rows: Array<{ documentId: string }> = await strapi.db
    .query(UID.article)
    .findMany({ where: { publishedAt: null, issue: { id: issue.id } }, select: ['documentId'] });
  return rows.map((row) => row.documentId);
}
