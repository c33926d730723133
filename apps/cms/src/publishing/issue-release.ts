import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { storedPublishProblemsOf } from './assert-ready-to-publish';
import { publishProblemsMessage } from './publish-readiness';
import { publishingWithArticles } from './issue-goes-live';
import { UID } from '../uids';

/**
 * Publishes the issue and every article of it marked "release with the issue", together or not at all: one
 * article that is not ready holds the whole release back, so readers never see an issue with holes in it, and an
 * issue with no article going out is refused (`publishingWithArticles`). Clears the release time it carries out.
 */
export async function releaseIssue(strapi: Core.Strapi, documentId: string): Promise<void> {
  const articles = await articlesReadyToRelease(strapi, documentId);
  await publishingWithArticles(strapi, async () => {
    await strapi.db.query(UID.issue).updateMany({ where: { documentId }, data: { releaseAt: null, scheduleError: null } });
    await strapi.documents(UID.issue).publish({ documentId });
    for (const article of articles) {
      await strapi.db
        .query(UID.article)
        .updateMany({ where: { documentId: article.documentId }, data: { publishAt: null, scheduleError: null } });
      await strapi.documents(UID.article).publish({ documentId: article.documentId });
    }
  });
}

/**
 * The articles of the issue marked to go out with it, once every one of them passes the publish check; otherwise a
 * refusal naming each that does not and what it lacks. What a release asks now, and what scheduling one asks ahead.
 */
export async function articlesReadyToRelease(strapi: Core.Strapi, documentId: string): Promise<Array<{ documentId: string }>> {
  const issue = await strapi.db.query(UID.issue).findOne({ where: { documentId, publishedAt: null }, select: ['id'] });
  if (!issue) throw new errors.NotFoundError('This issue no longer exists.');
  const articles: Array<{ documentId: string }> = await strapi.db.query(UID.article).findMany({
    where: { publishedAt: null, releaseWithIssue: true, issue: { id: issue.id } },
    select: ['documentId'],
  });
  const readiness = await storedPublishProblemsOf(
    strapi,
    articles.map((article) => article.documentId),
  );
  const problems = [...readiness.values()]
    .filter((article) => article.problems.length > 0)
    .map((article) => publishProblemsMessage(article.title, article.problems));
  if (problems.length) throw new errors.ValidationError(problems.join(' '));
  return articles;
}
