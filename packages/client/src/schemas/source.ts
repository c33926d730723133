import { z } from 'zod';
import { documentId, slug } from './common';

/** An outlet articles cite, such as BBC. */
export const sourceSchema = z.object({
  documentId,
  name: z.string(),
  slug,
  homepageUrl: z.string().nullable(),
  description: z.string().nullable(),
});

export type Source = z.infer<typeof sourceSchema>;
