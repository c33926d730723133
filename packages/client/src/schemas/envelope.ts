import { z } from 'zod';

export const paginationSchema = z.object({
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
  pageCount: z.number().int().min(0),
  total: z.number().int().min(0),
  /**
   * False when the CMS stopped counting (`COUNT_AHEAD` rows past the page's first row): `total` and `pageCount` are
   * then lower bounds. Absent from answers that always count exactly (search), which reads as true.
   */
  totalIsExact: z.boolean().default(true),
});

/** Strapi's list envelope: `{ data: [...], meta: { pagination } }`. */
export function collectionSchema<Item extends z.ZodType>(item: Item) {
  return z.object({ data: z.array(item), meta: z.object({ pagination: paginationSchema }) });
}

export type Pagination = z.infer<typeof paginationSchema>;

/** One page of a list. */
export interface Page<Item> {
  items: Item[];
  pagination: Pagination;
}
