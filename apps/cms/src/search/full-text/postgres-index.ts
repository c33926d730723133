import { toWebsearchQuery, type SearchExpression } from '../query-language';
import type { SearchLanguage } from '../search-language';
import { MARK_END, MARK_START, placeholders, type FullTextIndex } from './full-text-index';
import { indexedRowsSql, namedLinks } from './indexed-rows';
import type { SearchTables } from './tables';

const TABLE = 'masthead_search';
/** The text-search configuration: the parser's words, accents removed (unaccent), then stemmed. */
const CONFIG = 'masthead_search';
const STEMMER = 'masthead_search_stem';
/** The words as written (accents removed, nothing stemmed): the vocabulary "did you mean" draws on. */
const WORDS_CONFIG = 'masthead_search_words';
const WORDS = 'masthead_search_words';
/** Articles written in the open transaction, re-indexed once each when it commits. */
const PENDING = 'masthead_search_pending';
/** The most words spelt alike (pg_trgm's similarity, through its trigram index) the closest is chosen from. */
const SIMILAR_WORDS = 200;
/** The parser's word tokens, which both configurations fold and the search one stems. */
const WORD_TOKENS = 'asciiword, asciihword, hword_asciipart, word, hword, hword_part';
/**
 * ts_rank_cd's weights for D, C, B and A: body C, dek, byline and topics B, title A. A title match counts as ten in
 * the body, as on SQLite: at 0.2, a long explainer's fifteen mentions outranked the headline about them on the
 * judged set (tests/fixtures/search-relevance.yaml).
 */
const WEIGHTS = `'{0.1, 0.1, 0.4, 1.0}'`;
/** ts_headline's passage: about two lines of a result. */
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxFragments=1, MaxWords=36, MinWords=18`;

/**
 * ts_headline's parser reads `<…>` as an HTML tag and leaves it out of the passage; a body about HTML must come back
 * as written, so `<` stands in as this private-use character while ts_headline reads the text.
 */
const LESS_THAN_STAND_IN = '\uE002';

/** The marked text of `column` (SQL), with `<` kept as written. */
const headline = (column: string, options: string) =>
  `replace(ts_headline('${CONFIG}', replace(coalesce(${column}, ''), '<', '${LESS_THAN_STAND_IN}'), query, '${options}'), '${LESS_THAN_STAND_IN}', '<')`;

/**
 * The index on PostgreSQL: a table of weighted `tsvector`s (title A; dek, byline, section and tags B; body C) with a
 * GIN index, one row per published article row, kept by triggers on the articles, their links to authors, section
 * and tags, and those rows' names. Queries go through `websearch_to_tsquery`. The stemmer is a Snowball dictionary
 * without a stop-word list, so "the who" finds the band, as SQLite's FTS5 would.
 */
export function postgresIndex(tables: SearchTables, language: SearchLanguage): FullTextIndex {
  const q = (name: string) => `"${name}"`;
  const document = (row: string) =>
    [
      `setweight(to_tsvector('${CONFIG}', ${row}.title), 'A')`,
      `setweight(to_tsvector('${CONFIG}', ${row}.dek || ' ' || ${row}.byline || ' ' || ${row}.topics), 'B')`,
      `setweight(to_tsvector('${CONFIG}', ${row}.body), 'C')`,
    ].join(' || ');
  const words = (row: string) =>
    `to_tsvector('${WORDS_CONFIG}', concat_ws(' ', ${row}.title, ${row}.dek, ${row}.byline, ${row}.topics, ${row}.body))`;
  const insert = (condition: string) =>
    `INSERT INTO ${TABLE} (article_id, document, words) SELECT r.id, ${document('r')}, ${words('r')} FROM (${indexedRowsSql(tables, 'postgres', condition)}) r`;
  const wordsOf = (condition: string) => `SELECT w FROM ${TABLE} s, unnest(tsvector_to_array(s.words)) w WHERE ${condition}`;

  // The vocabulary counts the articles each word is in; a refresh adds what the new text has and the old had not.
  const functions: string[] = [
    `CREATE FUNCTION ${TABLE}_refresh(ids integer[]) RETURNS void LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      DECLARE
        old_words text[];
        new_words text[];
      BEGIN
        old_words := ARRAY(${wordsOf('s.article_id = ANY(ids)')});
        DELETE FROM ${TABLE} WHERE article_id = ANY(ids);
        ${insert('a.id = ANY(ids)')};
        new_words := ARRAY(${wordsOf('s.article_id = ANY(ids)')});
        INSERT INTO ${WORDS} (word, documents)
          SELECT word, sum(change) FROM (
            SELECT unnest(new_words) AS word, 1 AS change UNION ALL SELECT unnest(old_words), -1
          ) changes GROUP BY word HAVING sum(change) <> 0
        ON CONFLICT (word) DO UPDATE SET documents = ${WORDS}.documents + EXCLUDED.documents;
      END
    $$`,
  ];
  // A publish writes the article row and then each of its links, one statement each: re-indexing at every row
  // would index one article six times (measured: +29 ms a publish). The triggers only note the article; a deferred
  // trigger re-indexes each noted article once, when the transaction commits — still inside it.
  functions.push(
    `CREATE FUNCTION ${TABLE}_note(ids integer[]) RETURNS void LANGUAGE sql SET search_path FROM CURRENT AS $$
      INSERT INTO ${PENDING} (article_id) SELECT DISTINCT id FROM unnest(ids) id WHERE id IS NOT NULL ON CONFLICT DO NOTHING;
    $$`,
    `CREATE FUNCTION ${PENDING}_flush() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$ BEGIN
      DELETE FROM ${PENDING} WHERE article_id = NEW.article_id;
      PERFORM ${TABLE}_refresh(ARRAY[NEW.article_id]);
      RETURN NULL;
    END $$`,
  );
  const triggers: Array<[name: string, create: string]> = [
    [
      `${PENDING}_flush`,
      `CREATE CONSTRAINT TRIGGER ${PENDING}_flush AFTER INSERT ON ${PENDING} DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ${PENDING}_flush()`,
    ],
  ];
  const onRows = (name: string, table: string, events: string, body: string) => {
    functions.push(
      `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$ BEGIN ${body} RETURN NULL; END $$`,
    );
    triggers.push([name, `CREATE TRIGGER ${name} AFTER ${events} ON ${q(table)} FOR EACH ROW EXECUTE FUNCTION ${name}()`]);
  };
  const refreshRows = (column: string) => `
    IF TG_OP = 'DELETE' THEN PERFORM ${TABLE}_note(ARRAY[OLD.${q(column)}]);
    ELSIF TG_OP = 'INSERT' THEN PERFORM ${TABLE}_note(ARRAY[NEW.${q(column)}]);
    ELSE PERFORM ${TABLE}_note(ARRAY[OLD.${q(column)}, NEW.${q(column)}]);
    END IF;`;

  onRows(`${TABLE}_article`, tables.articles, 'INSERT OR DELETE OR UPDATE OF id, title, dek, body_text, published_at', refreshRows('id'));
  for (const link of namedLinks(tables)) {
    onRows(`${TABLE}_${link.table}`, link.table, 'INSERT OR UPDATE OR DELETE', refreshRows(link.owner));
    onRows(
      `${TABLE}_${link.table}_rename`,
      link.targetTable,
      'UPDATE OF name',
      `IF NEW.name IS DISTINCT FROM OLD.name THEN
        PERFORM ${TABLE}_note(ARRAY(SELECT ${q(link.owner)} FROM ${q(link.table)} WHERE ${q(link.target)} = NEW.id));
      END IF;`,
    );
  }

  const dictionary = language.snowball
    ? [`CREATE TEXT SEARCH DICTIONARY ${STEMMER} (TEMPLATE = snowball, Language = ${language.snowball})`]
    : [];
  return {
    create: [
      'CREATE EXTENSION IF NOT EXISTS unaccent',
      'CREATE EXTENSION IF NOT EXISTS pg_trgm',
      ...dictionary,
      `CREATE TEXT SEARCH CONFIGURATION ${CONFIG} (COPY = simple)`,
      `ALTER TEXT SEARCH CONFIGURATION ${CONFIG} ALTER MAPPING FOR ${WORD_TOKENS} WITH unaccent, ${language.snowball ? STEMMER : 'simple'}`,
      `CREATE TEXT SEARCH CONFIGURATION ${WORDS_CONFIG} (COPY = simple)`,
      `ALTER TEXT SEARCH CONFIGURATION ${WORDS_CONFIG} ALTER MAPPING FOR ${WORD_TOKENS} WITH unaccent, simple`,
      `CREATE TABLE ${TABLE} (article_id integer PRIMARY KEY, document tsvector NOT NULL, words tsvector NOT NULL)`,
      `CREATE TABLE ${WORDS} (word text PRIMARY KEY, documents integer NOT NULL)`,
      `CREATE TABLE ${PENDING} (article_id integer PRIMARY KEY)`,
      ...functions,
      ...triggers.map(([, sql]) => sql),
    ],
    drop: [
      `DROP TABLE IF EXISTS ${TABLE}`,
      `DROP TABLE IF EXISTS ${WORDS}`,
      `DROP TABLE IF EXISTS ${PENDING} CASCADE`,
      ...triggers.map(([name]) => `DROP FUNCTION IF EXISTS ${name}() CASCADE`),
      `DROP FUNCTION IF EXISTS ${TABLE}_refresh(integer[])`,
      `DROP FUNCTION IF EXISTS ${TABLE}_note(integer[])`,
      `DROP TEXT SEARCH CONFIGURATION IF EXISTS ${CONFIG}`,
      `DROP TEXT SEARCH CONFIGURATION IF EXISTS ${WORDS_CONFIG}`,
      `DROP TEXT SEARCH DICTIONARY IF EXISTS ${STEMMER}`,
    ],
    fill: [
      insert('true'),
      `INSERT INTO ${WORDS} (word, documents) SELECT w, count(*) FROM (${wordsOf('true')}) all_words GROUP BY w`,
      // Built after the fill, in one pass (with them in place, the fill of 100,000 articles took minutes more). No
      // pending list: after a bulk fill every search scanned it (50 ms at 10,000 articles, bench:search).
      `CREATE INDEX ${TABLE}_document_idx ON ${TABLE} USING gin (document) WITH (fastupdate = off)`,
      `CREATE INDEX ${WORDS}_trigram_idx ON ${WORDS} USING gin (word gin_trgm_ops)`,
      // The planner's statistics of the filled tables, before the first search plans against them.
      `ANALYZE ${TABLE}`,
      `ANALYZE ${WORDS}`,
    ],
    // The documents are stored out of line (TOAST), so the table looks tiny and the planner prefers reading all of
    // it to the GIN index, not counting that a scan reads every document: a rare word took 180.7 ms to count that
    // way, 2.5 ms through the index, at 10,000 articles (bench:search). Every search has the index to use.
    searchSettings: ['SET LOCAL enable_seqscan = off'],
    triggers: triggers.map(([name]) => name),
    existingTriggers: {
      sql: `SELECT t.tgname AS name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
            WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace AND t.tgname LIKE '${TABLE}_%'`,
      bindings: [],
    },
    matches: (expression: SearchExpression, ranked: boolean) => ({
      sql: `SELECT s.article_id AS id${ranked ? `, ts_rank_cd(${WEIGHTS}, s.document, query, 32) AS relevance` : ''}
            FROM ${TABLE} s, websearch_to_tsquery('${CONFIG}', ?) query WHERE s.document @@ query`,
      bindings: [toWebsearchQuery(expression)],
    }),
    excerpts: (expression: SearchExpression, ids: readonly number[]) => ({
      sql: `SELECT a.id, a.title, coalesce(a.body_text, '') AS text,
              ${headline('a.body_text', HEADLINE_OPTIONS)} AS fragment,
              ${headline('a.title', `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`)} AS headline
            FROM ${q(tables.articles)} a, websearch_to_tsquery('${CONFIG}', ?) query WHERE a.id IN (${placeholders(ids)})`,
      bindings: [toWebsearchQuery(expression), ...ids],
    }),
    knownWords: (candidates: readonly string[]) => ({
      sql: `SELECT word, documents FROM ${WORDS} WHERE documents > 0 AND word IN (${placeholders(candidates)})`,
      bindings: [...candidates],
    }),
    similarWords: (word: string) => ({
      sql: `SELECT word, documents FROM ${WORDS} WHERE documents > 0 AND word % ? ORDER BY similarity(word, ?) DESC, documents DESC LIMIT ${SIMILAR_WORDS}`,
      bindings: [word, word],
    }),
    ageInDays: (column) => `(extract(epoch FROM now() - ${column}) / 86400)`,
    yearOf: (column) => `CAST(extract(year FROM ${column} AT TIME ZONE 'UTC') AS integer)`,
    storedDate: (date) => date,
  };
}
