import { z } from 'zod';
import { blocksSchema } from './blocks';
import { documentId, isoDateTime, slug } from './common';
import { figureSchema } from './media';
import { bylineWithAvatarSchema, citationSchema, issueRefSchema, sectionRefSchema, tagRefSchema } from './refs';

/** A published article with everything its page shows. */
export const articleSchema = z.object({
  documentId,
  title: z.string(),
  slug,
  dek: z.string(),
  body: blocksSchema,
  /** In byline order. */
  authors: z.array(bylineWithAvatarSchema),
  issue: issueRefSchema.nullable(),
  /** Place in the issue's table of contents, 1 first. */
  position: z.number().int().nullable(),
  section: sectionRefSchema.nullable(),
  tags: z.array(tagRefSchema),
  cover: figureSchema.nullable(),
  /** Cited sources in the order the article lists them. */
  citations: z.array(citationSchema),
  readingTimeMinutes: z.number().int().min(1).nullable(),
  firstPublishedAt: isoDateTime.nullable(),
  publishedAt: isoDateTime,
  updatedAt: isoDateTime,
});

/** An article in a list: everything but the body, which lists never need. */
export const articleListItemSchema = articleSchema.omit({ body: true });

export type Article = z.infer<typeof articleSchema>;
export type ArticleListItem = z.infer<typeof articleListItemSchema>;
