import type { Core } from '@strapi/strapi';
import { articlePopulate } from '../api/article/middlewares/article-populate';
import { UID } from '../uids';
import { RESERVED_CHARACTERS, type BoundSql, type FullTextIndex } from './full-text/full-text-index';
import { fullTextIndex, rowsOf } from './full-text/search-index';
import { searchTables, type Link, type SearchTables } from './full-text/tables';
import { excerptParts, markedParts, type TextPart } from './highlighted-text';
import { toReaderQuery, wantedWords } from './query-language';
import type { SearchQuery } from './search-query';
import { closestWord, corrected } from './suggestion';

const RESULT_FIELDS = ['title', 'slug', 'dek', 'position', 'readingTimeMinutes', 'firstPublishedAt', 'publishedAt', 'updatedAt'];
/** The most values a facet lists: a reader picks from a list, not a table. */
export const FACET_LIMIT = 50;
/** How much a brand-new article's relevance is lifted (×1.5), fading over about a year (×1.25) to nothing. */
const RECENCY_LIFT = 0.5;

export type FacetName = 'section' | 'author' | 'volume' | 'year';
const FACETS: readonly FacetName[] = ['section', 'author', 'volume', 'year'];

/** One value of a facet: how many of the matches it would keep, with the other narrowings as they are. */
export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

/** A query spelt like the reader's that finds something, when theirs found nothing. */
export interface Suggestion {
  query: string;
  total: number;
}

export interface SearchPage {
  results: Array<Record<string, unknown> & { headline: TextPart[]; excerpt: TextPart[] | null }>;
  pagination: { page: number; pageSize: number; pageCount: number; total: number };
  facets: Record<FacetName, FacetValue[]>;
  suggestion: Suggestion | null;
}

const quote = (name: string) => `"${name}"`;

/** `EXISTS` a row linked to the article `a` through `link` (and `then`, from there) meeting `condition`. */
function linkedThrough(path: Link[], condition: string): string {
  const [first, ...rest] = path;
  let sql = `SELECT 1 FROM ${quote(first!.table)} l0 JOIN ${quote(first!.targetTable)} t0 ON t0.id = l0.${quote(first!.target)}`;
  rest.forEach((link, step) => {
    sql += ` JOIN ${quote(link.table)} l${step + 1} ON l${step + 1}.${quote(link.owner)} = t${step}.id`;
    sql += ` JOIN ${quote(link.targetTable)} t${step + 1} ON t${step + 1}.id = l${step + 1}.${quote(link.target)}`;
  });
  return `EXISTS (${sql} WHERE l0.${quote(first!.owner)} = a.id AND ${condition.replaceAll('t.', `t${rest.length}.`)})`;
}

/** The published date an article is ordered and counted by. */
const DATE = 'coalesce(a.first_published_at, a.published_at)';

/** The narrowings a query asks for, as SQL on the article `a`, leaving out `except` (a facet counts without its own). */
function narrowings(tables: SearchTables, index: FullTextIndex, query: SearchQuery, except?: FacetName): BoundSql[] {
  const all: Array<[FacetName, BoundSql | null]> = [
    ['section', query.section ? { sql: linkedThrough([tables.section], 't.slug = ?'), bindings: [query.section] } : null],
    ['author', query.author ? { sql: linkedThrough([tables.authors], 't.slug = ?'), bindings: [query.author] } : null],
    ['volume', query.volume ? { sql: linkedThrough([tables.issue, tables.volume], 't.number = ?'), bindings: [query.volume] } : null],
    [
      'year',
      query.year
        ? {
            sql: `${DATE} >= ? AND ${DATE} < ?`,
            bindings: [index.storedDate(new Date(Date.UTC(query.year, 0, 1))), index.storedDate(new Date(Date.UTC(query.year + 1, 0, 1)))],
          }
        : null,
    ],
  ];
  return all.filter(([name, sql]) => name !== except && sql !== null).map(([, sql]) => sql!);
}

/** `FROM` the matches `m` (`ranked`: with their relevance) joined to their article rows `a` (and to `joins`), `WHERE` the narrowings hold. */
function matchedArticles(
  tables: SearchTables,
  index: FullTextIndex,
  query: SearchQuery,
  { except, joins = '', ranked = false }: { except?: FacetName; joins?: string; ranked?: boolean } = {},
): BoundSql {
  const matches = index.matches(query.expression, ranked);
  const narrowed = narrowings(tables, index, query, except);
  const where = ['1 = 1', ...narrowed.map((narrowing) => narrowing.sql)].join(' AND ');
  return {
    sql: `FROM (${matches.sql}) m JOIN ${quote(tables.articles)} a ON a.id = m.id ${joins} WHERE ${where}`,
    bindings: [...matches.bindings, ...narrowed.flatMap((narrowing) => narrowing.bindings)],
  };
}

/** How many articles match: the index alone when nothing narrows (it holds published articles only), else joined. */
function countSql(tables: SearchTables, index: FullTextIndex, query: SearchQuery): BoundSql {
  if (narrowings(tables, index, query).length === 0) {
    const matches = index.matches(query.expression, false);
    return { sql: `SELECT count(*) AS total FROM (${matches.sql}) m`, bindings: matches.bindings };
  }
  const from = matchedArticles(tables, index, query);
  return { sql: `SELECT count(*) AS total ${from.sql}`, bindings: from.bindings };
}

function facetSql(tables: SearchTables, index: FullTextIndex, query: SearchQuery, facet: FacetName): BoundSql {
  const join = (link: Link, owner: string, alias: string) =>
    `JOIN ${quote(link.table)} ${alias}l ON ${alias}l.${quote(link.owner)} = ${owner}.id JOIN ${quote(link.targetTable)} ${alias} ON ${alias}.id = ${alias}l.${quote(link.target)}`;
  const grouped = (joins: string, value: string, label: string, order: string) => {
    const from = matchedArticles(tables, index, query, { except: facet, joins });
    return {
      sql: `SELECT ${value} AS value, ${label} AS label, count(*) AS count ${from.sql} GROUP BY ${value}, ${label} ORDER BY ${order} LIMIT ${FACET_LIMIT}`,
      bindings: from.bindings,
    };
  };
  switch (facet) {
    case 'section':
      return grouped(join(tables.section, 'a', 's'), 's.slug', 's.name', 'count DESC, s.name');
    case 'author':
      return grouped(join(tables.authors, 'a', 'p'), 'p.slug', 'p.name', 'count DESC, p.name');
    case 'volume':
      return grouped(`${join(tables.issue, 'a', 'i')} ${join(tables.volume, 'i', 'v')}`, 'v.number', 'v.number', 'v.number DESC');
    case 'year':
      return grouped('', index.yearOf(DATE), index.yearOf(DATE), `${index.yearOf(DATE)} DESC`);
  }
}

/** The title with its matches marked; a title that itself holds a marker character is sent unmarked, as written. */
function headlineParts(title: string, marked: string | undefined): TextPart[] {
  return marked !== undefined && !new RegExp(RESERVED_CHARACTERS.source, 'u').test(title)
    ? markedParts(marked)
    : [{ text: title, highlight: false }];
}

function facetValue(facet: FacetName, row: { value: unknown; label: unknown; count: unknown }): FacetValue {
  const value = String(row.value);
  return { value, label: facet === 'volume' ? `Volume ${value}` : String(row.label), count: Number(row.count) };
}

type Run = <Row>(sql: BoundSql) => Promise<Row[]>;

/**
 * "Did you mean": each word of the query no published article holds is replaced by the closest indexed spelling,
 * and the result is offered if it finds something with the same narrowings. Runs only when a search found nothing.
 */
async function suggestSpelling(run: Run, tables: SearchTables, index: FullTextIndex, query: SearchQuery): Promise<Suggestion | null> {
  const words = wantedWords(query.expression);
  const known = new Set((await run<{ word: string }>(index.knownWords(words))).map((row) => String(row.word)));
  const corrections = new Map<string, string>();
  for (const word of words.filter((candidate) => !known.has(candidate))) {
    const candidates = await run<{ word: unknown; documents: unknown }>(index.similarWords(word));
    const closest = closestWord(
      word,
      candidates.map((row) => ({ word: String(row.word), documents: Number(row.documents) })),
    );
    if (closest) corrections.set(word, closest);
  }
  if (corrections.size === 0) return null;
  const expression = corrected(query.expression, corrections);
  const [{ total }] = await run<{ total: number | string }>(countSql(tables, index, { ...query, expression }));
  return Number(total) > 0 ? { query: toReaderQuery(expression), total: Number(total) } : null;
}

/**
 * Runs `search`'s statements one after another on one connection, in a transaction that applies the index's search
 * settings first (PostgreSQL: use the GIN index); without settings (SQLite), on the shared connection.
 */
async function withSearchSettings<T>(strapi: Core.Strapi, index: FullTextIndex, search: (run: Run) => Promise<T>): Promise<T> {
  const runOn =
    (connection: { raw: Core.Strapi['db']['connection']['raw'] }): Run =>
    async <Row>({ sql, bindings }: BoundSql): Promise<Row[]> =>
      rowsOf<Row>(await connection.raw(sql, bindings as never[]));
  if (index.searchSettings.length === 0) return search(runOn(strapi.db.connection));
  return strapi.db.connection.transaction(async (trx) => {
    for (const setting of index.searchSettings) await trx.raw(setting);
    return search(runOn(trx));
  });
}

/**
 * Published articles matching a search, ranked by the database's full-text engine (FTS5's bm25 on SQLite,
 * `ts_rank_cd` on PostgreSQL) lifted a little for recent articles, or newest first; with each result's title and
 * best passage marked where they matched, counts by section, author, volume and year of everything matched, and a
 * suggested spelling when nothing matched.
 */
export async function searchArticles(strapi: Core.Strapi, query: SearchQuery): Promise<SearchPage> {
  const tables = searchTables(strapi);
  const index = fullTextIndex(strapi);
  const ranked = matchedArticles(tables, index, query, { ranked: query.sort === 'relevance' });
  const score = `m.relevance * (1 + ${RECENCY_LIFT} / (1 + abs(${index.ageInDays(DATE)}) / 365.0))`;
  const order = query.sort === 'newest' ? `${DATE} DESC, a.id DESC` : `${score} DESC, ${DATE} DESC, a.id DESC`;
  const found = await withSearchSettings(strapi, index, async (run) => {
    const [{ total }] = await run<{ total: number | string }>(countSql(tables, index, query));
    const pageRows = await run<{ id: number }>({
      sql: `SELECT a.id ${ranked.sql} ORDER BY ${order} LIMIT ? OFFSET ?`,
      bindings: [...ranked.bindings, query.pageSize, (query.page - 1) * query.pageSize],
    });
    const facetRows: Array<Array<{ value: unknown; label: unknown; count: unknown }>> = [];
    for (const facet of FACETS) facetRows.push(await run(facetSql(tables, index, query, facet)));
    const ids = pageRows.map((row) => Number(row.id));
    const marked =
      ids.length === 0
        ? []
        : await run<{ id: number; title: string; text: string; fragment: string; headline: string }>(index.excerpts(query.expression, ids));
    const count = Number(total);
    const suggestion = count === 0 ? await suggestSpelling(run, tables, index, query) : null;
    return { count, ids, facetRows, marked, suggestion };
  });
  const { count, ids, facetRows, marked, suggestion } = found;
  const articles =
    ids.length === 0
      ? []
      : ((await strapi.documents(UID.article).findMany({
          status: 'published',
          filters: { id: { $in: ids } },
          fields: RESULT_FIELDS,
          populate: articlePopulate,
          limit: ids.length,
        } as never)) as Array<Record<string, unknown> & { id: number }>);
  const byId = new Map(articles.map((article) => [Number(article.id), article]));
  const marksById = new Map(marked.map((row) => [Number(row.id), row]));
  const results = ids.flatMap((id) => {
    const article = byId.get(id);
    const marks = marksById.get(id);
    if (!article) return [];
    return [
      {
        ...article,
        headline: headlineParts(String(article.title), marks?.headline),
        excerpt: marks ? excerptParts(marks.fragment, marks.text) : null,
      },
    ];
  });

  return {
    suggestion,
    results,
    pagination: { page: query.page, pageSize: query.pageSize, pageCount: Math.ceil(count / query.pageSize), total: count },
    facets: Object.fromEntries(
      FACETS.map((facet, at) => [facet, facetRows[at]!.map((row) => facetValue(facet, row))]),
    ) as SearchPage['facets'],
  };
}
