import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../uids';
import { publishProblems, publishProblemsMessage, type ArticleDraft } from './publish-readiness';

/**
 * What stops the article's draft, as stored, from being published (`publishProblems`), and its title; `null` when
 * the article has no draft.
 */
export async function storedPublishProblems(
  strapi: Core.Strapi,
  documentId: string,
): Promise<{ title: string; problems: string[] } | null> {
  const draft = (await strapi.db.query(UID.article).findOne({
    where: { documentId, publishedAt: null },
    select: ['title', 'dek'],
    populate: { authors: { select: ['id'] }, issue: { select: ['id'] }, cover: true },
  })) as (ArticleDraft & { title: string }) | null;
  return draft ? { title: draft.title, problems: publishProblems(draft) } : null;
}

/**
 * Throws the readiness rules' refusal for the article's draft as stored: what every path that publishes an article
 * asks (the document middleware for the admin, REST and the importer; the scheduler before it publishes or releases).
 */
export async function assertReadyToPublish(strapi: Core.Strapi, documentId: string): Promise<void> {
  const stored = await storedPublishProblems(strapi, documentId);
  if (stored?.problems.length) throw new errors.ValidationError(publishProblemsMessage(stored.title, stored.problems));
}
