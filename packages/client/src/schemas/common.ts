import { z } from 'zod';

/** Strapi 5's stable document id (the same for a document's draft and published versions). */
export const documentId = z.string().min(1);

/** A calendar date, "2025-01-01". */
export const isoDate = z.iso.date();

/** An instant in UTC, "2025-01-06T07:00:00.000Z". */
export const isoDateTime = z.iso.datetime({ offset: true });

/** The CMS generates and validates slugs (uid fields); the client only needs them non-empty. */
export const slug = z.string().min(1);
