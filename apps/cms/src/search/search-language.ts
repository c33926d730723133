/** PostgreSQL's Snowball stemmers (`\dFd` lists them), plus `simple`: words matched as written, accents aside. */
export const SEARCH_LANGUAGES = [
  'arabic',
  'danish',
  'dutch',
  'english',
  'finnish',
  'french',
  'german',
  'hungarian',
  'italian',
  'norwegian',
  'portuguese',
  'romanian',
  'russian',
  'simple',
  'spanish',
  'swedish',
  'turkish',
] as const;

export type SearchLanguageName = (typeof SEARCH_LANGUAGES)[number];

/** How each database stems the publication's language. */
export interface SearchLanguage {
  name: SearchLanguageName;
  /** The Snowball language PostgreSQL stems with, or `null` for none. */
  snowball: string | null;
  /** Whether SQLite stems: FTS5's only stemmer, porter, is English. */
  sqliteStemmer: boolean;
}

export function searchLanguage(name: SearchLanguageName): SearchLanguage {
  return { name, snowball: name === 'simple' ? null : name, sqliteStemmer: name === 'english' };
}
