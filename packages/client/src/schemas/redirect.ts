import { z } from 'zod';
import { documentId } from './common';

/** A permanent redirect of a site path, e.g. an article's old URL after its slug changed. */
export const redirectSchema = z.object({
  documentId,
  /** The old path, e.g. `/articles/night-buses`. */
  from: z.string(),
  /** Where it moved, e.g. `/articles/night-buses-return`. */
  to: z.string(),
});

export type Redirect = z.infer<typeof redirectSchema>;
