import { sitePaths } from '@masthead/client/site-paths';

/**
 * The search page's URL parameters, read leniently: a reader who edits the URL by hand gets the closest sensible
 * search, never an error page. Values the CMS would refuse are left for it to explain (a 400 shown on the page).
 */
export interface SearchRequest {
  query: string;
  section?: string;
  author?: string;
  volume?: number;
  year?: number;
  page: number;
  /** Newest first; by relevance when absent (the CMS's default). */
  sort?: 'newest';
}

type Raw = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

const positive = (value: string | undefined) => (value && /^[1-9]\d{0,3}$/.test(value) ? Number(value) : undefined);

export function readSearchParams(raw: Raw): SearchRequest {
  return {
    query: one(raw.q) ?? '',
    section: one(raw.section),
    author: one(raw.author),
    volume: positive(one(raw.volume)),
    year: positive(one(raw.year)),
    page: positive(one(raw.page)) ?? 1,
    // Any other order a hand-edited URL names is the default one.
    sort: one(raw.sort) === 'newest' ? 'newest' : undefined,
  };
}

/** The URL of a search: empty filters and page 1 are left out, so links stay short and canonical. */
export function searchHref(request: SearchRequest): string {
  const params = new URLSearchParams();
  if (request.query) params.set('q', request.query);
  if (request.section) params.set('section', request.section);
  if (request.author) params.set('author', request.author);
  if (request.volume) params.set('volume', String(request.volume));
  if (request.year) params.set('year', String(request.year));
  if (request.sort) params.set('sort', request.sort);
  if (request.page > 1) params.set('page', String(request.page));
  const query = params.toString();
  return query ? `${sitePaths.search}?${query}` : sitePaths.search;
}

/**
 * The reader's words in curly quotes for a heading: “night buses”. A query that is itself one quoted phrase
 * ("night buses") is not quoted twice.
 */
export function inQuotes(query: string): string {
  const phrase = /^["“”](.*)["“”]$/s.exec(query);
  return `“${phrase && !/["“”]/.test(phrase[1]) ? phrase[1] : query}”`;
}
