import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../uids';
import { publishProblems, publishProblemsMessage, type ArticleDraft } from './publish-readiness';

type StoredDraft = ArticleDraft & { documentId: string; title: string };

/**
 * What stops each article's draft, as stored, from being published (`publishProblems`), with its title, by
 * documentId; an article without a draft is not in the map. One query however many articles are asked about.
 */
export async function storedPublishProblemsOf(
  strapi: Core.Strapi,
  documentIds: readonly string[],
): Promise<Map<string, { title: string; problems: string[] }>> {
  if (documentIds.length === 0) return new Map();
  const drafts = (await strapi.db.query(UID.article).findMany({
    where: { documentId: { $in: [...documentIds] }, publishedAt: null },
    select: ['documentId', 'title', 'dek', 'body'],
    populate: { authors: { select: ['id'] }, issue: { select: ['id'] }, cover: true },
  })) as StoredDraft[];
  return new Map(drafts.map((draft) => [draft.documentId, { title: draft.title, problems: publishProblems(draft) }]));
}

/** `storedPublishProblemsOf` for one article; `null` when it has no draft. */
export async function storedPublishProblems(
  strapi: Core.Strapi,
  documentId: string,
): Promise<{ title: string; problems: string[] } | null> {
  return (await storedPublishProblemsOf(strapi, [documentId])).get(documentId) ?? null;
}

/**
 * Throws the readiness rules' refusal for the article's draft as stored: what every path that publishes an article
 * asks (the document middleware for the admin, REST and the importer; the scheduler before it publishes or releases).
 */
export async function assertReadyToPublish(strapi: Core.Strapi, documentId: string): Promise<void> {
  const stored = await storedPublishProblems(strapi, documentId);
  if (stored?.problems.length) throw new errors.ValidationError(publishProblemsMessage(stored.title, stored.problems));
}
