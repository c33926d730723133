/**
 * "Cite this article" in APA 7, MLA 9, Chicago 17 (notes-bibliography, bibliography entry) and BibTeX. Pure and
 * dependency-free. `formatCitation` gives plain text; `citationParts` the same text in runs, marking the parts these
 * styles set in italics (the periodical's name; in APA also its volume), for the page and for pasting into a
 * document. Dates are read in UTC.
 */
export interface CitableArticle {
  title: string;
  /** Display names in byline order, e.g. "Priya Raman"; may be empty. */
  authors: Array<{ name: string }>;
  publication: string;
  volume: number | null;
  issue: number | null;
  /** ISO datetime of first publication. */
  publishedAt: string;
  url: string;
  /** ISO date the reader accessed the article (MLA "Accessed", BibTeX urldate); omitted when absent. */
  accessedAt?: string;
}

export type CitationStyle = 'apa' | 'mla' | 'chicago' | 'bibtex';

export const CITATION_STYLES: ReadonlyArray<{ style: CitationStyle; label: string }> = [
  { style: 'apa', label: 'APA' },
  { style: 'mla', label: 'MLA' },
  { style: 'chicago', label: 'Chicago' },
  { style: 'bibtex', label: 'BibTeX' },
];

/** A run of a citation's text; `italic` where the style sets it in italics. */
export interface CitationPart {
  text: string;
  italic: boolean;
}

// The formatters wrap italic runs in these two characters, which no citation's text can contain: both are stripped
// from every input field first.
const ITALIC_START = '\u0001';
const ITALIC_END = '\u0002';
const MARKERS = new RegExp(`[${ITALIC_START}${ITALIC_END}]`, 'g');
const italic = (text: string) => `${ITALIC_START}${text}${ITALIC_END}`;

function marked(article: CitableArticle, style: CitationStyle): string {
  const clean = (text: string) => text.replace(MARKERS, '');
  return FORMATTERS[style]({
    ...article,
    title: clean(article.title),
    publication: clean(article.publication),
    url: clean(article.url),
    authors: article.authors.map(({ name }) => ({ name: clean(name) })),
  });
}

export function formatCitation(article: CitableArticle, style: CitationStyle): string {
  return marked(article, style).replace(MARKERS, '');
}

export function citationParts(article: CitableArticle, style: CitationStyle): CitationPart[] {
  const parts: CitationPart[] = [];
  for (const [index, text] of marked(article, style).split(ITALIC_START).entries()) {
    const [inItalics, after] = index === 0 ? [null, text] : text.split(ITALIC_END);
    if (inItalics) parts.push({ text: inItalics, italic: true });
    if (after) parts.push({ text: after, italic: false });
  }
  return parts;
}

// ---- shared helpers ---------------------------------------------------------------------------------------------

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

interface Name {
  given: string;
  family: string;
}

/** "Priya Raman" → given "Priya", family "Raman" (family = last word); a one-word name is all family. */
function splitName(name: string): Name {
  const parts = name.trim().split(/\s+/);
  const family = parts.pop() ?? '';
  return { given: parts.join(' '), family };
}

/** The byline as names, skipping blank entries. */
const names = (article: CitableArticle): Name[] =>
  article.authors.filter(({ name }) => name.trim() !== '').map(({ name }) => splitName(name));

const inverted = ({ given, family }: Name) => (given ? `${family}, ${given}` : family);
const straight = ({ given, family }: Name) => (given ? `${given} ${family}` : family);

/** "A", "A, and B", "A, B, and C" — with the first name inverted, even two names take the comma before "and". */
const series = (parts: string[], conjunction: string) =>
  parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')}, ${conjunction} ${parts[parts.length - 1]}`;

/** UTC calendar date, or null when the timestamp cannot be read (styles then print "n.d." or omit the date). */
function utcDate(iso: string): { year: number; month: number; day: number } | null {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : { year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate() };
}

/** Ends a sentence with exactly one period (titles may already end in "?" or "!", initials in "."). */
const sentence = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

/** Title inside curly quotes with the period inside; inner double quotes become single quotes (MLA and Chicago). */
const quotedTitle = (title: string) =>
  `“${sentence(
    title
      .trim()
      .replace(/"([^"]*)"/g, '‘$1’')
      .replace(/“/g, '‘')
      .replace(/”/g, '’'),
  )}”`;

// ---- APA 7 ------------------------------------------------------------------------------------------------------

/** "Mary Ann" → "M. A."; "Jean-Paul" → "J.-P." */
const initials = (given: string) =>
  given
    .split(/\s+/)
    .map((word) =>
      word
        .split('-')
        .filter(Boolean)
        .map((part) => `${Array.from(part)[0]}.`)
        .join('-'),
    )
    .join(' ');

function apa(article: CitableArticle): string {
  const parts = names(article).map((n) => (n.given ? `${n.family}, ${initials(n.given)}` : n.family));
  // APA 7: 21 or more authors → the first 19, an ellipsis (no "&"), then the final author.
  const authors = parts.length > 20 ? `${parts.slice(0, 19).join(', ')}, . . . ${parts[parts.length - 1]}` : series(parts, '&');
  const d = utcDate(article.publishedAt);
  const when = d ? `(${d.year}, ${MONTHS[d.month]} ${d.day}).` : '(n.d.).';
  const title = sentence(article.title.trim());
  // An issue number is only meaningful after a volume: "19(3)"; an issue alone is left out.
  // APA sets the periodical's name and its volume in italics, the issue number not: "The Ledger, 19(3)".
  const volume = article.volume === null ? '' : `, ${italic(String(article.volume))}${article.issue === null ? '' : `(${article.issue})`}`;
  const head = authors ? `${sentence(authors)} ${when} ${title}` : `${title} ${when}`;
  // APA never puts a period after the URL.
  return `${head} ${italic(article.publication)}${volume}. ${article.url}`;
}

// ---- MLA 9 ------------------------------------------------------------------------------------------------------

function mla(article: CitableArticle): string {
  const [first, ...rest] = names(article);
  // MLA 9: three or more authors → the first author and "et al."
  const authors = !first ? '' : rest.length > 1 ? `${inverted(first)}, et al` : series([inverted(first), ...rest.map(straight)], 'and');
  const d = utcDate(article.publishedAt);
  const container = [
    italic(article.publication),
    article.volume === null ? '' : `vol. ${article.volume}`,
    article.issue === null ? '' : `no. ${article.issue}`,
    d ? `${d.day} ${MLA_MONTHS[d.month]} ${d.year}` : '',
    // MLA 9 drops the "http(s)://" from URLs.
    article.url.replace(/^https?:\/\//, ''),
  ].filter(Boolean);
  let citation = `${authors ? `${sentence(authors)} ` : ''}${quotedTitle(article.title)} ${container.join(', ')}.`;
  const accessed = article.accessedAt ? utcDate(article.accessedAt) : null;
  // The access date is its own element after the URL, so it follows a period rather than a comma.
  if (accessed) citation += ` Accessed ${accessed.day} ${MLA_MONTHS[accessed.month]} ${accessed.year}.`;
  return citation;
}

// ---- Chicago 17 (bibliography entry) ------------------------------------------------------------------------------

function chicago(article: CitableArticle): string {
  const byline = names(article);
  // Chicago 17 (14.76): up to ten authors are all listed; more than ten, the first seven followed by "et al."
  const listed = byline.length > 10 ? byline.slice(0, 7) : byline;
  const parts = listed.map((n, index) => (index === 0 ? inverted(n) : straight(n)));
  const authors = byline.length > 10 ? `${parts.join(', ')}, et al` : series(parts, 'and');
  const d = utcDate(article.publishedAt);
  const when = d ? `${MONTHS[d.month]} ${d.day}, ${d.year}` : 'n.d.';
  const issue = article.issue === null ? '' : `no. ${article.issue}`;
  let source: string;
  const publication = italic(article.publication);
  if (article.volume !== null) source = `${publication} ${article.volume}${issue ? `, ${issue}` : ''} (${when}).`;
  // A periodical numbered by issue alone takes a comma after its name (14.171).
  else if (issue) source = `${publication}, ${issue} (${when}).`;
  else source = `${publication}, ${when}.`;
  return `${authors ? `${sentence(authors)} ` : ''}${quotedTitle(article.title)} ${source} ${article.url}.`;
}

// ---- BibTeX -----------------------------------------------------------------------------------------------------

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

const escape = (value: string) => value.replace(/[\\{}&%$#_~^]/g, (char) => BIBTEX_SPECIALS[char]);

/** Letters NFD cannot take apart into base letter + accent. */
const TRANSLITERATIONS: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Lowercase ASCII letters and digits only, for the citation key. */
const keyPart = (value: string) =>
  value
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[øæœßłđðþı]/g, (char) => TRANSLITERATIONS[char])
    .replace(/[^a-z0-9]/g, '');

const STOP_WORDS = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'and', 'to', 'for', 'as', 'at', 'by', 'with']);

/** First word of the text that is not an article/preposition, e.g. "The School Board" → "school". */
const significantWord = (text: string) =>
  text
    .split(/\s+/)
    .map(keyPart)
    .find((word) => word !== '' && !STOP_WORDS.has(word)) ?? '';

function bibtex(article: CitableArticle): string {
  const byline = names(article);
  const d = utcDate(article.publishedAt);
  // Without a byline the key starts with the publication's first significant word ("The Northfield Ledger" → "northfield").
  const keyName = (byline[0] && keyPart(byline[0].family)) || significantWord(article.publication) || 'anon';
  const key = `${keyName}${d ? d.year : ''}${significantWord(article.title)}`;
  // A corporate author is double-braced so BibTeX does not split it into given and family names.
  const author = byline.length ? byline.map((n) => escape(inverted(n))).join(' and ') : `{${escape(article.publication)}}`;
  const accessed = article.accessedAt ? utcDate(article.accessedAt) : null;
  const fields: Array<[string, string | null]> = [
    // Double braces keep the title's capitalisation from being changed by the bibliography style.
    ['title', `{{${escape(article.title.trim())}}}`],
    ['author', `{${author}}`],
    ['journal', `{${escape(article.publication)}}`],
    ['volume', article.volume === null ? null : `{${article.volume}}`],
    ['number', article.issue === null ? null : `{${article.issue}}`],
    ['year', d ? `{${d.year}}` : null],
    // Month as the unquoted three-letter macro (jan, feb, …) so styles can print it their own way.
    ['month', d ? BIBTEX_MONTHS[d.month] : null],
    // url is a verbatim field: TeX-escaping it would corrupt it; only braces (which would unbalance it) are encoded.
    ['url', `{${article.url.replace(/\{/g, '%7B').replace(/\}/g, '%7D')}}`],
    ['urldate', accessed ? `{${accessed.year}-${pad(accessed.month + 1)}-${pad(accessed.day)}}` : null],
  ];
  const lines = fields.filter(([, value]) => value !== null).map(([name, value]) => `  ${name} = ${value}`);
  return `@article{${key},\n${lines.join(',\n')}\n}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

const FORMATTERS: Record<CitationStyle, (article: CitableArticle) => string> = { apa, mla, chicago, bibtex };
