import type { SearchTables } from './tables';

export type Dialect = 'sqlite' | 'postgres';

/** The index's columns, in order, each weighted in ranking: a match in the title counts most, in the body least. */
export const INDEXED_COLUMNS = ['title', 'dek', 'body', 'byline', 'topics'] as const;

const quote = (name: string) => `"${name}"`;

/** The names of the rows one link reaches from the article `a`, as one space-separated string. */
function linkedNames(dialect: Dialect, links: SearchTables['authors'][]): string {
  const names = links
    .map(
      (link) =>
        `SELECT t.name FROM ${quote(link.table)} l JOIN ${quote(link.targetTable)} t ON t.id = l.${quote(link.target)} WHERE l.${quote(link.owner)} = a.id`,
    )
    .join(' UNION ALL ');
  const joined = dialect === 'sqlite' ? `group_concat(n.name, ' ')` : `string_agg(n.name, ' ')`;
  return `coalesce((SELECT ${joined} FROM (${names}) n), '')`;
}

/**
 * SELECT id, title, dek, body, byline, topics of the published article rows meeting `condition` (SQL on `a`):
 * what the index holds for each. Drafts are never indexed, so no search can find one. The body is the plain text
 * kept beside it (`body_text`); the byline is the authors' names; the topics are the section's and tags' names.
 */
export function indexedRowsSql(tables: SearchTables, dialect: Dialect, condition: string): string {
  return [
    `SELECT a.id, coalesce(a.title, '') AS title, coalesce(a.dek, '') AS dek, coalesce(a.body_text, '') AS body,`,
    `${linkedNames(dialect, [tables.authors])} AS byline,`,
    `${linkedNames(dialect, [tables.section, tables.tags])} AS topics`,
    `FROM ${quote(tables.articles)} a WHERE a.published_at IS NOT NULL AND (${condition})`,
  ].join(' ');
}

/** The links whose rows are named in the index: a change to one re-indexes the articles on it. */
export function namedLinks(tables: SearchTables) {
  return [tables.authors, tables.section, tables.tags];
}
