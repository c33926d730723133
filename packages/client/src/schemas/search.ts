import { z } from 'zod';
import { articleListItemSchema } from './article';
import { paginationSchema, type Page } from './envelope';

/** An article found by a search, with the passage of its body around the first match. */
export const searchResultSchema = articleListItemSchema.extend({
  /** Plain text around the first match, with `…` where it was cut; `null` when only the title or dek matched. */
  excerpt: z.string().nullable(),
});

/** `GET /api/search`: a page of results and the folded terms the CMS searched for. */
export const searchResponseSchema = z.object({
  data: z.array(searchResultSchema),
  meta: z.object({ pagination: paginationSchema, terms: z.array(z.string()) }),
});

export type SearchResult = z.infer<typeof searchResultSchema>;

/** One page of search results; `terms` are the words as the CMS matched them (lower case, accents removed). */
export interface SearchPage extends Page<SearchResult> {
  terms: string[];
}
