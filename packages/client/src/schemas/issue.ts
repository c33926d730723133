import { z } from 'zod';
import { blocksSchema } from './blocks';
import { documentId, isoDate, isoDateTime } from './common';
import { figureSchema } from './media';
import { tocEntrySchema, volumeRefSchema } from './refs';

/** An issue with its volume and its table of contents in editor order. */
export const issueSchema = z.object({
  documentId,
  /** "Volume 19, Issue 4 · January 2025" (`issueName`), kept by the CMS. */
  label: z.string().nullable(),
  number: z.number().int().min(1),
  coverDate: isoDate,
  title: z.string().nullable(),
  cover: figureSchema.nullable(),
  editorsNote: blocksSchema.nullable(),
  volume: volumeRefSchema,
  articles: z.array(tocEntrySchema),
  publishedAt: isoDateTime,
  updatedAt: isoDateTime,
});

export type Issue = z.infer<typeof issueSchema>;
