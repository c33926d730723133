import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../uids';
import { publishProblems, publishProblemsMessage, type ArticleDraft } from './publish-readiness';

/**
 * Throws the readiness rules' refusal (`publishProblems`) for the article's draft as stored: what every path that
 * publishes an article asks (the document middleware for the admin, REST and the importer; the scheduler before
 * it publishes or releases).
 */
export async function assertReadyToPublish(strapi: Core.Strapi, documentId: string): Promise<void> {
  const draft = (await strapi.db.query(UID.article).findOne({
    where: { documentId, publishedAt: null },
    select: ['title', 'dek'],
    populate: { authors: { select: ['id'] }, issue: { select: ['id'] }, cover: true },
  })) as (ArticleDraft & { title: string }) | null;
  if (!draft) return;
  const problems = publishProblems(draft);
  if (problems.length) throw new errors.ValidationError(publishProblemsMessage(draft.title, problems));
}
