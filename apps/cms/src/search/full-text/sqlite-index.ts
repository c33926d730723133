import { toFts5Query, type SearchExpression } from '../query-language';
import type { SearchLanguage } from '../search-language';
import { MARK_END, MARK_START, placeholders, type FullTextIndex } from './full-text-index';
import { INDEXED_COLUMNS, indexedRowsSql, namedLinks } from './indexed-rows';
import type { SearchTables } from './tables';

const TABLE = 'masthead_search';
/** The words as written (accents removed, nothing stemmed), one row per article: the vocabulary "did you mean" draws on. */
const WORDS = 'masthead_search_words';
/** Each word of WORDS with the number of articles holding it. */
const VOCABULARY = 'masthead_search_vocabulary';
/** bm25 weights, in INDEXED_COLUMNS order: title, dek, body, byline, topics. */
const WEIGHTS = '10.0, 4.0, 1.0, 4.0, 4.0';
const BODY_COLUMN = INDEXED_COLUMNS.indexOf('body');
const TITLE_COLUMN = INDEXED_COLUMNS.indexOf('title');
/** The most vocabulary words one misspelt word is compared with: a bound on the work, far above a letter's share. */
const SPELLING_CANDIDATES = 20_000;
/** Tokens of context a snippet shows, about two lines of a result (FTS5 allows at most 64). */
const SNIPPET_TOKENS = 36;

/**
 * The index on SQLite: an FTS5 table (`unicode61` folds case and accents, `porter` stems English) whose rowid is the
 * published article row's id, kept by triggers on the articles, their links to authors, section and tags, and those
 * rows' names. FTS5 stores its own copy of the text, which `snippet()` and `highlight()` read.
 */
export function sqliteIndex(tables: SearchTables, language: SearchLanguage): FullTextIndex {
  const q = (name: string) => `"${name}"`;
  const tokenizer = language.sqliteStemmer ? `porter unicode61 remove_diacritics 2` : `unicode61 remove_diacritics 2`;
  const columns = INDEXED_COLUMNS.join(', ');
  const insert = (condition: string) =>
    [
      `INSERT INTO ${TABLE}(rowid, ${columns}) ${indexedRowsSql(tables, 'sqlite', condition)};`,
      `INSERT INTO ${WORDS}(rowid, text) SELECT id, ${INDEXED_COLUMNS.join(" || ' ' || ")} FROM (${indexedRowsSql(tables, 'sqlite', condition)});`,
    ].join(' ');
  const remove = (ids: string) => `DELETE FROM ${TABLE} WHERE rowid IN (${ids}); DELETE FROM ${WORDS} WHERE rowid IN (${ids});`;
  const refresh = (ids: string) => `${remove(ids)} ${insert(`a.id IN (${ids})`)}`;
  const trigger = (name: string, event: string, table: string, body: string) =>
    `CREATE TRIGGER ${name} AFTER ${event} ON ${q(table)} FOR EACH ROW BEGIN ${body} END`;

  const triggers: Array<[string, string]> = [
    [`${TABLE}_article_insert`, trigger(`${TABLE}_article_insert`, 'INSERT', tables.articles, insert('a.id = NEW.id'))],
    [
      `${TABLE}_article_update`,
      trigger(`${TABLE}_article_update`, 'UPDATE OF id, title, dek, body_text, published_at', tables.articles, refresh('OLD.id, NEW.id')),
    ],
    [
      `${TABLE}_article_delete`,
      trigger(`${TABLE}_article_delete`, 'DELETE', tables.articles, `DELETE FROM ${TABLE} WHERE rowid = OLD.id;`),
    ],
  ];
  for (const link of namedLinks(tables)) {
    const owner = q(link.owner);
    triggers.push(
      [`${TABLE}_${link.table}_insert`, trigger(`${TABLE}_${link.table}_insert`, 'INSERT', link.table, refresh(`NEW.${owner}`))],
      [
        `${TABLE}_${link.table}_update`,
        trigger(`${TABLE}_${link.table}_update`, 'UPDATE', link.table, refresh(`OLD.${owner}, NEW.${owner}`)),
      ],
      [`${TABLE}_${link.table}_delete`, trigger(`${TABLE}_${link.table}_delete`, 'DELETE', link.table, refresh(`OLD.${owner}`))],
      [
        `${TABLE}_${link.table}_rename`,
        trigger(
          `${TABLE}_${link.table}_rename`,
          'UPDATE OF name',
          link.targetTable,
          refresh(`SELECT ${owner} FROM ${q(link.table)} WHERE ${q(link.target)} = NEW.id`),
        ),
      ],
    );
  }

  return {
    create: [
      `CREATE VIRTUAL TABLE ${TABLE} USING fts5(${columns}, tokenize = '${tokenizer}')`,
      // Contentless (the text is in TABLE already), without positions: only which words each article has.
      `CREATE VIRTUAL TABLE ${WORDS} USING fts5(text, content = '', contentless_delete = 1, detail = none, tokenize = 'unicode61 remove_diacritics 2')`,
      `CREATE VIRTUAL TABLE ${VOCABULARY} USING fts5vocab(${WORDS}, 'row')`,
      ...triggers.map(([, sql]) => sql),
    ],
    drop: [
      ...triggers.map(([name]) => `DROP TRIGGER IF EXISTS ${name}`),
      `DROP TABLE IF EXISTS ${VOCABULARY}`,
      `DROP TABLE IF EXISTS ${WORDS}`,
      `DROP TABLE IF EXISTS ${TABLE}`,
    ],
    fill: insert('1 = 1')
      .split(';')
      .map((statement) => statement.trim())
      .filter(Boolean),
    searchSettings: [],
    triggers: triggers.map(([name]) => name),
    existingTriggers: { sql: `SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '${TABLE}_%'`, bindings: [] },
    matches: (expression: SearchExpression, ranked: boolean) => ({
      sql: `SELECT rowid AS id${ranked ? `, -bm25(${TABLE}, ${WEIGHTS}) AS relevance` : ''} FROM ${TABLE} WHERE ${TABLE} MATCH ?`,
      bindings: [toFts5Query(expression)],
    }),
    excerpts: (expression: SearchExpression, ids: readonly number[]) => ({
      sql: [
        `SELECT rowid AS id, title, body AS text,`,
        `snippet(${TABLE}, ${BODY_COLUMN}, ?, ?, '', ${SNIPPET_TOKENS}) AS fragment,`,
        `highlight(${TABLE}, ${TITLE_COLUMN}, ?, ?) AS headline`,
        `FROM ${TABLE} WHERE ${TABLE} MATCH ? AND rowid IN (${placeholders(ids)})`,
      ].join(' '),
      bindings: [MARK_START, MARK_END, MARK_START, MARK_END, toFts5Query(expression), ...ids],
    }),
    knownWords: (candidates: readonly string[]) => ({
      sql: `SELECT term AS word, doc AS documents FROM ${VOCABULARY} WHERE term IN (${placeholders(candidates)})`,
      bindings: [...candidates],
    }),
    // Every word with the same first letter and a length within two (a misspelling rarely changes either): the
    // vocabulary is read in order from the first letter, and the closest spelling is chosen from them in JavaScript.
    similarWords: (word: string) => {
      const first = word.codePointAt(0)!;
      return {
        sql: `SELECT term AS word, doc AS documents FROM ${VOCABULARY}
              WHERE term >= ? AND term < ? AND length(term) BETWEEN ? AND ? LIMIT ${SPELLING_CANDIDATES}`,
        bindings: [String.fromCodePoint(first), String.fromCodePoint(first + 1), word.length - 2, word.length + 2],
      };
    },
    // Strapi stores dates on SQLite as milliseconds since 1970; a row written by hand may hold an ISO string.
    ageInDays: (column) => `(julianday('now') - ${julian(column)})`,
    yearOf: (column) => `CAST(strftime('%Y', ${julian(column)}) AS INTEGER)`,
    storedDate: (date) => date.getTime(),
  };
}

function julian(column: string): string {
  return `(CASE typeof(${column}) WHEN 'text' THEN julianday(${column}) ELSE ${column} / 86400000.0 + 2440587.5 END)`;
}
