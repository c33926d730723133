import { fold } from './fold';

/** The most words a query may hold, phrases' words included: a pasted headline fits; more only slows the search. */
export const MAX_WORDS = 32;

/** Folded words that must appear one after another; a single word is a phrase of one. */
export type Phrase = readonly string[];

/**
 * A reader's query, in the syntax web search engines taught everyone (and PostgreSQL's `websearch_to_tsquery`
 * reads): words and `"quoted phrases"` must all appear, `or` between them offers alternatives, and `-word` or
 * `-"a phrase"` excludes. `a b or c -d` finds (a and b) or c, in either case without d: an exclusion applies to
 * the whole query, whichever alternative it was written in.
 */
export interface SearchExpression {
  /** At least one alternative, each with at least one phrase; a match needs every phrase of one alternative. */
  alternatives: Phrase[][];
  excluded: Phrase[];
}

export class QueryLanguageError extends Error {
  override name = 'QueryLanguageError';
}

/** `"…"` and `-"…"` (typographic quotes too), `-word`, or a word: the pieces a query is read as. */
const PIECE = /(-?)"([^"]*)"?|(-?)([^\s"]+)/gu;

export function parseSearchExpression(query: string): SearchExpression {
  const alternatives: Phrase[][] = [[]];
  const excluded: Phrase[] = [];
  const seen = new Set<string>();
  let count = 0;
  for (const match of query.replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB]/gu, '"').matchAll(PIECE)) {
    const quoted = match[2] !== undefined;
    const negated = (quoted ? match[1] : match[3]) === '-';
    const text = quoted ? match[2]! : match[4]!;
    if (!quoted && !negated && /^or$/iu.test(text)) {
      if (alternatives.at(-1)!.length > 0) alternatives.push([]);
      continue;
    }
    const phrase = fold(text).split(' ').filter(Boolean);
    if (phrase.length === 0) continue;
    const key = `${negated ? '-' : '+'}${alternatives.length}:${phrase.join(' ')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    count += phrase.length;
    if (count > MAX_WORDS) throw new QueryLanguageError(`may have at most ${MAX_WORDS} words`);
    if (negated) excluded.push(phrase);
    else alternatives.at(-1)!.push(phrase);
  }
  const found = alternatives.filter((alternative) => alternative.length > 0);
  if (found.length === 0)
    throw new QueryLanguageError(
      excluded.length > 0 ? 'needs a word to find, not only words to leave out' : 'needs at least one letter or digit',
    );
  return { alternatives: found, excluded };
}

/** Every word the query looks for (not those it excludes), once each, in the order written. */
export function wantedWords(expression: SearchExpression): string[] {
  return [...new Set(expression.alternatives.flat(2))];
}

/**
 * The expression as an FTS5 query. Every phrase is a double-quoted FTS5 string of folded words — letters and
 * digits only — so nothing a reader types can be read as FTS5 syntax (`NEAR`, `*`, column filters).
 */
export function toFts5Query(expression: SearchExpression): string {
  const phrase = (words: Phrase) => `"${words.join(' ')}"`;
  const wanted = expression.alternatives.map((alternative) => `(${alternative.map(phrase).join(' AND ')})`).join(' OR ');
  return [`(${wanted})`, ...expression.excluded.map(phrase)].join(' NOT ');
}

/**
 * The expression in `websearch_to_tsquery`'s own syntax, rewritten from the parsed form so both databases read
 * the same query: an exclusion is repeated in every alternative because PostgreSQL binds `-x` to its neighbour.
 */
export function toWebsearchQuery(expression: SearchExpression): string {
  const phrase = (words: Phrase) => `"${words.join(' ')}"`;
  const without = expression.excluded.map((words) => ` -${phrase(words)}`).join('');
  return expression.alternatives.map((alternative) => `${alternative.map(phrase).join(' ')}${without}`).join(' or ');
}

/** The expression as a reader would type it: what a suggestion shows and links to. */
export function toReaderQuery(expression: SearchExpression): string {
  const phrase = (words: Phrase) => (words.length > 1 ? `"${words.join(' ')}"` : words[0]!);
  const wanted = expression.alternatives.map((alternative) => alternative.map(phrase).join(' ')).join(' or ');
  return [wanted, ...expression.excluded.map((words) => `-${phrase(words)}`)].join(' ');
}
