import type { Core } from '@strapi/strapi';
import { markdownToBlocks } from '../../src/content/markdown-to-blocks';

export interface ReadyDraft {
  article: { documentId: string } & Record<string, unknown>;
  author: { documentId: string; slug: string } & Record<string, unknown>;
  issue: { documentId: string; number: number; volume: { number: number } } & Record<string, unknown>;
}

/**
 * A draft article that passes the publish check (src/publishing): a dek, a one-line body, the first author and the
 * first published issue of the database (with its volume). `data` adds to or overrides its fields.
 */
export async function createReadyDraft(
  strapi: Core.Strapi,
  title: string,
  slug: string,
  data: Record<string, unknown> = {},
): Promise<ReadyDraft> {
  const [author] = await strapi.documents('api::author.author').findMany({ limit: 1 });
  const [issue] = await strapi.documents('api::issue.issue').findMany({ limit: 1, status: 'published', populate: ['volume'] });
  const article = await strapi.documents('api::article.article').create({
    data: {
      title,
      slug,
      dek: 'A dek.',
      body: markdownToBlocks('Body.'),
      authors: [author.documentId],
      issue: issue.documentId,
      ...data,
    } as never,
  });
  return { article, author, issue } as unknown as ReadyDraft;
}
