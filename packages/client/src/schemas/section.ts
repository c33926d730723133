import { z } from 'zod';
import { documentId, slug } from './common';

/** A department of the publication, such as Opinion. */
export const sectionSchema = z.object({
  documentId,
  name: z.string(),
  slug,
  description: z.string().nullable(),
  /** Navigation order, 1 first. */
  position: z.number().int().nullable(),
});

export type Section = z.infer<typeof sectionSchema>;
