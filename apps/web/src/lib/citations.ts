/**
 * "Cite this article" strings in APA 7, MLA 9, Chicago 17 (bibliography) and BibTeX. Plain text: the italics these
 * styles ask for in print cannot be shown, so titles stay plain. Dates are read in UTC.
 */
export interface CitableArticle {
  title: string;
  authors: Array<{ name: string }>;
  publication: string;
  volume: number | null;
  issue: number | null;
  publishedAt: string;
  url: string;
  accessedAt?: string;
}

export type CitationStyle = 'apa' | 'mla' | 'chicago' | 'bibtex';

export const CITATION_STYLES: ReadonlyArray<{ style: CitationStyle; label: string }> = [
  { style: 'apa', label: 'APA' },
  { style: 'mla', label: 'MLA' },
  { style: 'chicago', label: 'Chicago' },
  { style: 'bibtex', label: 'BibTeX' },
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

interface Name {
  given: string;
  family: string;
}

/** "Priya Raman" → given "Priya", family "Raman"; a one-word name is all family. */
function splitName(name: string): Name {
  const parts = name.trim().split(/\s+/);
  const family = parts.pop() ?? '';
  return { given: parts.join(' '), family };
}

const initials = (given: string) =>
  given
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((part) => `${part[0]}.`)
    .join(' ');

const date = (iso: string) => {
  const d = new Date(iso);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate() };
};

/** Ends a sentence with exactly one period (titles may already end in "?" or "!"). */
const sentence = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

function apa(article: CitableArticle): string {
  const names = article.authors.map(({ name }) => {
    const { given, family } = splitName(name);
    return given ? `${family}, ${initials(given)}` : family;
  });
  let authors: string;
  if (names.length === 0) authors = '';
  else if (names.length === 1) authors = names[0];
  else if (names.length <= 20) authors = `${names.slice(0, -1).join(', ')}, & ${names[names.length - 1]}`;
  // APA 7: more than 20 authors lists the first 19, an ellipsis, then the last.
  else authors = `${names.slice(0, 19).join(', ')}, . . . ${names[names.length - 1]}`;
  const { year, month, day } = date(article.publishedAt);
  const when = `(${year}, ${MONTHS[month]} ${day}).`;
  const volume = article.volume !== null ? `, ${article.volume}${article.issue !== null ? `(${article.issue})` : ''}` : '';
  const source = `${article.publication}${volume}.`;
  const head = authors ? `${sentence(authors)} ${when} ${sentence(article.title)}` : `${sentence(article.title)} ${when}`;
  return `${head} ${source} ${article.url}`;
}

function mla(article: CitableArticle): string {
  const names = article.authors.map(({ name }) => splitName(name));
  const inverted = (n: Name) => (n.given ? `${n.family}, ${n.given}` : n.family);
  const straight = (n: Name) => [n.given, n.family].filter(Boolean).join(' ');
  let authors = '';
  if (names.length === 1) authors = inverted(names[0]);
  else if (names.length === 2) authors = `${inverted(names[0])}, and ${straight(names[1])}`;
  else if (names.length > 2) authors = `${inverted(names[0])}, et al`;
  const { year, month, day } = date(article.publishedAt);
  const container = [
    article.publication,
    article.volume !== null ? `vol. ${article.volume}` : null,
    article.issue !== null ? `no. ${article.issue}` : null,
    `${day} ${MLA_MONTHS[month]} ${year}`,
    article.url.replace(/^https?:\/\//, ''),
  ].filter(Boolean);
  const title = `“${sentence(article.title)}”`;
  let citation = `${authors ? `${sentence(authors)} ` : ''}${title} ${container.join(', ')}.`;
  if (article.accessedAt) {
    const accessed = date(article.accessedAt);
    citation += ` Accessed ${accessed.day} ${MLA_MONTHS[accessed.month]} ${accessed.year}.`;
  }
  return citation;
}

function chicago(article: CitableArticle): string {
  const names = article.authors.map(({ name }) => splitName(name));
  const straight = (n: Name) => [n.given, n.family].filter(Boolean).join(' ');
  // Chicago 17: up to ten authors are all listed; more than ten, the first seven and "et al."
  const listed = names.length > 10 ? names.slice(0, 7) : names;
  const parts = listed.map((n, index) => (index === 0 && n.given ? `${n.family}, ${n.given}` : straight(n)));
  let authors = '';
  if (parts.length === 1) authors = parts[0];
  else if (parts.length > 1) authors = names.length > 10 ? `${parts.join(', ')}, et al` : `${parts.slice(0, -1).join(', ')}, and ${parts[parts.length - 1]}`;
  const { year, month, day } = date(article.publishedAt);
  const when = `${MONTHS[month]} ${day}, ${year}`;
  const title = `“${sentence(article.title)}”`;
  const source =
    article.volume !== null
      ? `${article.publication} ${article.volume}${article.issue !== null ? `, no. ${article.issue}` : ''} (${when}).`
      : `${article.publication}, ${when}.`;
  return `${authors ? `${sentence(authors)} ` : ''}${title} ${source} ${article.url}.`;
}

const BIBTEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

const bibtexEscape = (value: string) => value.replace(/[\\{}&%$#_~^]/g, (char) => BIBTEX_SPECIALS[char]);

const ascii = (value: string) => value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]/g, '').toLowerCase();

const STOP_WORDS = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'and', 'to', 'for', 'as', 'at', 'by']);

function bibtex(article: CitableArticle): string {
  const names = article.authors.map(({ name }) => splitName(name));
  const { year, month } = date(article.publishedAt);
  const keyName = names[0] ? ascii(names[0].family) : ascii(article.publication.split(/\s+/).find((word) => !STOP_WORDS.has(word.toLowerCase())) ?? 'article');
  const keyWord = article.title.split(/\s+/).map(ascii).find((word) => word && !STOP_WORDS.has(word)) ?? '';
  const author = names.length
    ? names.map((n) => bibtexEscape(n.given ? `${n.family}, ${n.given}` : n.family)).join(' and ')
    : `{${bibtexEscape(article.publication)}}`;
  const fields: Array<[string, string]> = [
    ['title', `{{${bibtexEscape(article.title)}}}`],
    ['author', `{${author}}`],
    ['journal', `{${bibtexEscape(article.publication)}}`],
    ...(article.volume !== null ? [['volume', `{${article.volume}}`] as [string, string]] : []),
    ...(article.issue !== null ? [['number', `{${article.issue}}`] as [string, string]] : []),
    ['year', `{${year}}`],
    ['month', BIBTEX_MONTHS[month]],
    ['url', `{${article.url}}`],
    ...(article.accessedAt ? [['urldate', `{${article.accessedAt.slice(0, 10)}}`] as [string, string]] : []),
  ];
  return `@article{${keyName}${year}${keyWord},\n${fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n')}\n}`;
}

const FORMATTERS: Record<CitationStyle, (article: CitableArticle) => string> = { apa, mla, chicago, bibtex };

export function formatCitation(article: CitableArticle, style: CitationStyle): string {
  return FORMATTERS[style](article);
}
