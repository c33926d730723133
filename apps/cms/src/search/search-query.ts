import { z } from 'zod';
import { parseSearchExpression, QueryLanguageError, wantedWords, type SearchExpression } from './query-language';

const slug = z.string({ error: 'must be one slug' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug such as "news"');

/** A whole number in [min, max] from a query-string value, with a message a person can act on. */
const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number({ error: `must be a whole number from ${min} to ${max}` })
    .int(`must be a whole number from ${min} to ${max}`)
    .min(min, `must be a whole number from ${min} to ${max}`)
    .max(max, `must be a whole number from ${min} to ${max}`);

/** The search endpoint's parameters, as readers' links and other apps send them. */
const searchQuerySchema = z.strictObject({
  q: z.string({ error: 'is required, once' }).trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
  section: slug.optional(),
  author: slug.optional(),
  volume: wholeNumber(1, 9999).optional(),
  /** The year (UTC) an article was first published. */
  year: wholeNumber(1800, 9999).optional(),
  page: wholeNumber(1, 1000).default(1),
  pageSize: wholeNumber(1, 50).default(10),
  /** relevance: the database's full-text rank, lifted a little for recent articles; newest: by date alone. */
  sort: z.enum(['relevance', 'newest'], { error: 'must be relevance or newest' }).default('relevance'),
  /** Accepted for symmetry with the collections and ignored: search finds published articles only, for everyone. */
  status: z.enum(['published', 'draft'], { error: 'must be published or draft' }).optional(),
});

export type SearchQuery = z.infer<typeof searchQuerySchema> & {
  expression: SearchExpression;
  /** The words looked for, folded (lower case, no accents): what a client may highlight itself. */
  terms: string[];
};

/** One refused parameter of a search, as the 400's `details.issues` lists it: `{ parameter: 'q', message: 'is required' }`. */
export interface SearchQueryIssue {
  parameter: string;
  message: string;
}

export class SearchQueryError extends Error {
  override name = 'SearchQueryError';

  constructor(readonly issues: SearchQueryIssue[]) {
    super(`Invalid search: ${issues.map((issue) => `${issue.parameter} ${issue.message}`).join('; ')}.`);
  }
}

/** Parses `?q=…&section=…&author=…&volume=…&year=…&page=…&pageSize=…&sort=…`; every problem is named in one message. */
export function parseSearchQuery(query: Record<string, unknown>): SearchQuery {
  const result = searchQuerySchema.safeParse(query);
  if (!result.success) {
    const issues = result.error.issues.map(
      (issue): SearchQueryIssue =>
        issue.code === 'unrecognized_keys'
          ? {
              parameter: issue.keys.join(', '),
              message: `${issue.keys.length > 1 ? 'are not parameters' : 'is not a parameter'} of GET /api/search; it takes ${Object.keys(searchQuerySchema.shape).join(', ')}`,
            }
          : { parameter: issue.path.join('.'), message: issue.message },
    );
    throw new SearchQueryError(issues);
  }
  try {
    const expression = parseSearchExpression(result.data.q);
    return { ...result.data, expression, terms: wantedWords(expression) };
  } catch (error) {
    if (error instanceof QueryLanguageError) throw new SearchQueryError([{ parameter: 'q', message: error.message }]);
    throw error;
  }
}
