import { z } from 'zod';
import { issueSummarySchema, volumeRefSchema } from './refs';

/** A volume with its published issues, oldest first. */
export const volumeSchema = volumeRefSchema.extend({
  description: z.string().nullable(),
  issues: z.array(issueSummarySchema),
});

export type Volume = z.infer<typeof volumeSchema>;
