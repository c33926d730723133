import { blocksToPlainText } from '../content/blocks';
import { fold } from './fold';

/** The most words a query may have; more would only slow the SQL down without narrowing anything a reader wants. */
export const MAX_TERMS = 8;

/**
 * The folded text an article is searched by: title, dek and body, with a space before every word. Stored on the
 * article (a private field) so a search is a few LIKE conditions on one column instead of JSON parsing per row,
 * and a term matched as `% term%` finds words that start with it ("bus" finds "buses", not "rebus").
 */
export function articleSearchText(article: { title?: unknown; dek?: unknown; body?: unknown }): string {
  const parts = [article.title, article.dek].filter((part): part is string => typeof part === 'string');
  if (Array.isArray(article.body)) parts.push(blocksToPlainText(article.body));
  return ` ${fold(parts.join('\n'))} `;
}

/**
 * A reader's query as folded terms, all of which must appear: words split on spaces, `"quoted phrases"` kept whole,
 * duplicates and punctuation-only words dropped.
 */
export function searchTerms(query: string): string[] {
  const terms: string[] = [];
  for (const match of query.replace(/[\u201C\u201D\u201E\u201F]/gu, '"').matchAll(/"([^"]+)"|([^\s"]+)/gu)) {
    const term = fold(match[1] ?? match[2]);
    if (term && !terms.includes(term)) terms.push(term);
  }
  return terms.slice(0, MAX_TERMS);
}

/** The LIKE pattern body for a term: it must start a word of the search text. */
export function wordStart(term: string): string {
  return ` ${term}`;
}
