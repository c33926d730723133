import { z } from 'zod';
import { articleListItemSchema } from './article';
import { paginationSchema, type Page } from './envelope';

/** A run of text, `highlight` where it matched the search: matches are marked as data, never as HTML. */
export const textPartSchema = z.object({ text: z.string(), highlight: z.boolean() });

/** An article found by a search, with its title and best passage marked where they matched. */
export const searchResultSchema = articleListItemSchema.extend({
  /** The title, in parts; joined, exactly the title. */
  headline: z.array(textPartSchema),
  /** A passage of the body around the best match, `…` where it was cut; `null` when the body did not match. */
  excerpt: z.array(textPartSchema).nullable(),
});

/** One value of a facet: how many matches it keeps, with the search's other narrowings as they are. */
export const facetValueSchema = z.object({
  /** What to pass as the parameter of the same name: a slug, a volume number or a year. */
  value: z.string(),
  label: z.string(),
  count: z.number().int().nonnegative(),
});

/** Counts of the matches by section, author, volume and year, most common (or newest) first. */
export const searchFacetsSchema = z.object({
  section: z.array(facetValueSchema),
  author: z.array(facetValueSchema),
  volume: z.array(facetValueSchema),
  year: z.array(facetValueSchema),
});

/** When a search found nothing: the same query with misspelt words corrected, and how many that finds. */
export const searchSuggestionSchema = z.object({ query: z.string(), total: z.number().int().positive() });

/** `GET /api/search`: a page of results, the folded words searched for, the facets and a suggested spelling. */
export const searchResponseSchema = z.object({
  data: z.array(searchResultSchema),
  meta: z.object({
    pagination: paginationSchema,
    terms: z.array(z.string()),
    facets: searchFacetsSchema,
    suggestion: searchSuggestionSchema.nullable(),
  }),
});

export type TextPart = z.infer<typeof textPartSchema>;
export type SearchResult = z.infer<typeof searchResultSchema>;
export type FacetValue = z.infer<typeof facetValueSchema>;
export type SearchFacets = z.infer<typeof searchFacetsSchema>;
export type SearchFacetName = keyof SearchFacets;
export type SearchSuggestion = z.infer<typeof searchSuggestionSchema>;

/**
 * One page of search results; `terms` are the words looked for (lower case, accents removed); `facets` count all
 * matches; `suggestion` is a corrected spelling of a query that found nothing, or `null`.
 */
export interface SearchPage extends Page<SearchResult> {
  terms: string[];
  facets: SearchFacets;
  suggestion: SearchSuggestion | null;
}
