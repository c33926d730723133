import { z } from 'zod';
import { documentId, slug } from './common';

export const tagSchema = z.object({ documentId, name: z.string(), slug });

export type Tag = z.infer<typeof tagSchema>;
