import { z } from 'zod';
import { documentId, slug } from './common';
import { imageSchema } from './media';

/** A person on the masthead. Their email is private in the CMS and never reaches the API. */
export const authorSchema = z.object({
  documentId,
  name: z.string(),
  slug,
  role: z.string().nullable(),
  bio: z.string().nullable(),
  classYear: z.number().int().nullable(),
  avatar: imageSchema.nullable(),
});

export type Author = z.infer<typeof authorSchema>;
