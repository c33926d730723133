import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { assertReadyToPublish } from './assert-ready-to-publish';
import { publishingWithArticles } from './issue-goes-live';
import { UID } from '../uids';

/**
 * Publishes the issue and every article of it marked "release with the issue", together or not at all: one
 * article that is not ready holds the whole release back, so readers never see an issue with holes in it, and an
 * issue with no article going out is refused (`publishingWithArticles`). Clears the release time it carries out.
 */
export async function releaseIssue(strapi: Core.Strapi, documentId: string): Promise<void> {
  const issue = await strapi.db.query(UID.issue).findOne({ where: { documentId, publishedAt: null }, select: ['id'] });
  if (!issue) throw new errors.NotFoundError('This issue no longer exists.');
  const articles: Array<{ documentId: string }> = await strapi.db.query(UID.article).findMany({
    where: { publishedAt: null, releaseWithIssue: true, issue: { id: issue.id } },
    select: ['documentId'],
  });

  const problems: string[] = [];
  for (const article of articles) {
    await assertReadyToPublish(strapi, article.documentId).catch((error: Error) => problems.push(error.message));
  }
  if (problems.length) throw new errors.ValidationError(problems.join(' '));

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
