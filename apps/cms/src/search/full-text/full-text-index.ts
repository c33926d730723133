import type { SearchExpression } from '../query-language';

/** A bound SQL fragment: `?` placeholders and their values, in order. */
export interface BoundSql {
  sql: string;
  bindings: unknown[];
}

/** Private-use characters the databases put around each match in an excerpt; the body text never holds them. */
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';
/** Private-use characters search reserves (the markers and one stand-in): stripped from the text it indexes. */
export const RESERVED_CHARACTERS = /[\uE000-\uE00F]/gu;

/**
 * One database's full-text index of the published articles: how it is made (a table kept by triggers, so it changes
 * in the same transaction as every write, whoever writes), filled, and queried.
 */
export interface FullTextIndex {
  /** Everything the index is made of, in order; with `fill`, its fingerprint: a change to any statement rebuilds it. */
  create: string[];
  /** Removes all `create` made; safe when some of it is missing. */
  drop: string[];
  /** Indexes every published article from scratch (into the empty index `create` made), and builds its indexes. */
  fill: string[];
  /** The triggers `create` makes. One missing at start (the table was rebuilt) means writes may have gone unseen. */
  triggers: string[];
  /** Run first in the transaction of each search (`SET LOCAL …`): settings its queries need. */
  searchSettings: string[];
  /** Lists the names of the triggers that exist, as `{ name }` rows. */
  existingTriggers: BoundSql;
  /**
   * `id` (an article row) of every published article matching, and its `relevance` (higher is better) when
   * `ranked`: a count or a facet leaves the rank out, which on PostgreSQL would read every match's whole document.
   */
  matches(expression: SearchExpression, ranked: boolean): BoundSql;
  /** `id`, `title`, `text` (the body) and `fragment`/`headline` (a passage and the title with matches marked). */
  excerpts(expression: SearchExpression, ids: readonly number[]): BoundSql;
  /** `word` and `documents` (how many articles hold it) of those of `words` the published articles use. */
  knownWords(words: readonly string[]): BoundSql;
  /** `word` and `documents` of a bounded number of words spelt like `word`, to choose a suggestion from. */
  similarWords(word: string): BoundSql;
  /** Days since the date in `column`, as SQL. */
  ageInDays(column: string): string;
  /** The year (UTC) of the date in `column`, as SQL giving an integer. */
  yearOf(column: string): string;
  /** The stored form of a date for comparisons with a date column. */
  storedDate(date: Date): unknown;
}

/** `?, ?, ?` for a list of bindings. */
export const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');
