import { z } from 'zod';
import { blocksSchema } from './blocks';
import { documentId, isoDateTime } from './common';
import { imageSchema } from './media';

/**
 * The publication as its editors describe it (`GET /api/publication`): every field is empty until they fill it in.
 */
export const publicationSchema = z.object({
  documentId,
  /** The about page's text. */
  about: blocksSchema.nullable(),
  /** Where readers write to the editors. */
  contactEmail: z.string().nullable(),
  /** The school, college or organisation the publication belongs to, e.g. "Northfield High School". */
  parentOrganization: z.string().nullable(),
  parentOrganizationUrl: z.string().nullable(),
  /** A square image the website makes its favicon and touch icon from. */
  icon: imageSchema.nullable(),
  updatedAt: isoDateTime,
});

export type Publication = z.infer<typeof publicationSchema>;
