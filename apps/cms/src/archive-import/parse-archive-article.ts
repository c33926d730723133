import { closingSourcesList } from '../citations/closing-sources-line';
import { ArchiveFormatError } from './errors';

/**
 * Reads one archived article as editors export it: plain text, loosely structured.
 *
 *     VOLUME 19, ISSUE 4                 (or "Vol. 19 No. 4", "Volume XIX · Issue 4", with the date on it too)
 *     January 2025                       (or "Jan. 15, 2025", "15 January 2025", "2025-01-15")
 *     Section: World                     (optional)
 *     The title
 *     By: Jane Doe and John Roe          (or "By Jane Doe, John Roe, and Ann Lee")
 *
 *     Body paragraphs, separated by blank lines; lines inside a paragraph are joined.
 *
 *     Information retrieved from Defense.gov, BBC, NBC News, and Brookings
 *
 * The closing sources may instead be a "Sources:" line followed by one source per line, each a name, a URL, or
 * a name and a URL. Text is kept as written, curly quotes and dashes included; runs of spaces become one.
 *
 * Parsing is linear in the file's size: lines are bounded (MAX_LINE_LENGTH), whitespace runs are collapsed before
 * any pattern sees them (so no `\s*…\s*` can backtrack over a long run), and no pattern scans lazily to the end of
 * a line. Volume and issue numbers are bounded by the content model (`NumberBounds`).
 */
export interface ArchiveArticle {
  volume: number;
  issue: number;
  /** ISO date; the first of the month when the file names only a month. */
  coverDate: string;
  section?: string;
  title: string;
  authors: string[];
  paragraphs: string[];
  sources: CitedSource[];
}

/** The largest volume and issue numbers the content model allows (`max` in their schema.json). */
export interface NumberBounds {
  volume: number;
  issue: number;
}

/** A paragraph may be one long line; beyond this it is not an article's text (a binary, a minified export). */
export const MAX_LINE_LENGTH = 20_000;

export interface CitedSource {
  name: string;
  /** The cited page, when the file gives one. */
  url?: string;
}

const WEEKDAYS = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?$/i;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const NUMBER = String.raw`(\d+|[ivxlcdm]+)`;
const HEADER = new RegExp(
  String.raw`^vol(?:ume)?\.?\s*${NUMBER}\s*[,;·•|/–—-]?\s*(?:issue|iss\.?|number|no\.?|num\.?|#)\s*${NUMBER}\b\s*(?:[,;·•|/–—-]\s*)?(.*)$`,
  'i',
);
const SECTION = /^section\s*:\s*(.+)$/i;
const BYLINE = /^by\b\s*:?\s*(.*)$/i;
const SOURCES_HEADING = /^(?:sources?|works cited|references)\s*:\s*(.*)$/i;
const URL_PATTERN = /https?:\/\/\S+/i;

interface Line {
  text: string;
  number: number;
}

export function parseArchiveArticle(text: string, file: string, bounds?: NumberBounds): ArchiveArticle {
  const fail = (line: number, detail: string): never => {
    throw new ArchiveFormatError(file, line, detail);
  };
  const lines: Line[] = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line, index) => {
      if (line.length > MAX_LINE_LENGTH) {
        fail(
          index + 1,
          `the line is ${line.length.toLocaleString('en')} characters long; a line may be at most ${MAX_LINE_LENGTH.toLocaleString('en')} (is this a text file?)`,
        );
      }
      return { text: line.replace(/\s+/g, ' ').trim(), number: index + 1 };
    });
  let at = 0;
  const nextFilled = (): Line | undefined => {
    while (at < lines.length && lines[at].text === '') at += 1;
    return lines[at];
  };
  const lastLine = lines.length;

  const headerLine = nextFilled() ?? fail(1, 'the file is empty');
  const header =
    HEADER.exec(headerLine.text) ??
    fail(headerLine.number, `expected the volume and issue, such as “VOLUME 19, ISSUE 4”, but found “${clip(headerLine.text)}”`);
  const volume = toNumber(header[1]) ?? fail(headerLine.number, `“${clip(header[1])}” is not a volume number`);
  const issue = toNumber(header[2]) ?? fail(headerLine.number, `“${clip(header[2])}” is not an issue number`);
  if (bounds && volume > bounds.volume)
    fail(
      headerLine.number,
      `volume ${volume.toLocaleString('en')} is past the largest volume number, ${bounds.volume.toLocaleString('en')}`,
    );
  if (bounds && issue > bounds.issue)
    fail(headerLine.number, `issue ${issue.toLocaleString('en')} is past the largest issue number, ${bounds.issue.toLocaleString('en')}`);
  at += 1;

  let coverDate = header[3] ? parseCoverDate(header[3]) : null;
  if (header[3] && !coverDate) fail(headerLine.number, `“${clip(header[3])}” is not a cover date such as “January 2025”`);
  if (!coverDate) {
    const dateLine = nextFilled() ?? fail(lastLine, 'expected the cover date, such as “January 2025”, after the volume and issue');
    coverDate =
      parseCoverDate(dateLine.text) ??
      fail(dateLine.number, `expected the cover date, such as “January 2025”, but found “${clip(dateLine.text)}”`);
    at += 1;
  }

  let section: string | undefined;
  const sectionLine = nextFilled();
  const sectionMatch = sectionLine && SECTION.exec(sectionLine.text);
  if (sectionMatch) {
    section = sectionMatch[1].trim();
    at += 1;
  }

  const titleLine = nextFilled() ?? fail(lastLine, 'expected the title after the cover date');
  if (BYLINE.test(titleLine.text)) fail(titleLine.number, 'expected the title before the byline');
  const title = titleLine.text;
  at += 1;

  const bylineLine = nextFilled() ?? fail(lastLine, 'expected a byline such as “By Jane Doe” after the title');
  const byline =
    BYLINE.exec(bylineLine.text) ??
    fail(bylineLine.number, `expected a byline such as “By Jane Doe” after the title, but found “${clip(bylineLine.text)}”`);
  const authors = splitList(byline[1]).map(tidyName);
  if (authors.length === 0) fail(bylineLine.number, 'the byline names nobody');
  at += 1;

  const { paragraphs, sources } = readBodyAndSources(lines.slice(at));
  if (paragraphs.length === 0) fail(bylineLine.number, 'the article has no body text after the byline');
  return { volume, issue, coverDate, ...(section ? { section } : {}), title, authors, paragraphs, sources };
}

/** Paragraphs until the closing sources: a "retrieved from" sentence as the last paragraph, or a "Sources:" list. */
function readBodyAndSources(lines: Line[]): { paragraphs: string[]; sources: CitedSource[] } {
  const headingAt = lines.findIndex((line) => SOURCES_HEADING.test(line.text));
  const bodyLines = headingAt === -1 ? lines : lines.slice(0, headingAt);
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of [...bodyLines, { text: '', number: 0 }]) {
    if (line.text) current.push(line.text);
    else if (current.length) {
      paragraphs.push(current.join(' '));
      current = [];
    }
  }

  if (headingAt !== -1) {
    const inline = SOURCES_HEADING.exec(lines[headingAt].text)![1];
    const listed = lines
      .slice(headingAt + 1)
      .map((line) => line.text)
      .filter(Boolean);
    return { paragraphs, sources: [...(inline ? splitList(inline).map(sourceFromText) : []), ...listed.map(sourceFromText)] };
  }
  const closing = paragraphs.length ? closingSourcesList(paragraphs[paragraphs.length - 1]) : null;
  if (!closing) return { paragraphs, sources: [] };
  return { paragraphs: paragraphs.slice(0, -1), sources: splitList(closing).map(sourceFromText) };
}

/** "A, B, and C", "A and B", "A & B", "A; B" → ["A", "B", "C"]. */
function splitList(text: string): string[] {
  return text
    .split(/\s*[,;]\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+/i)
    .map((item) => item.trim().replace(/\.$/, ''))
    .filter(Boolean);
}

/** One listed source: "BBC", "BBC — https://…", "BBC: https://…", "BBC (https://…)" or a bare URL. */
function sourceFromText(text: string): CitedSource {
  const item = text.replace(/^(?:[-*•]|\d+[.)])\s+/, '').trim();
  const url = URL_PATTERN.exec(item)?.[0].replace(/[).,;]+$/, '');
  if (!url || !URL.canParse(url)) return { name: item.replace(/\.$/, '') };
  const name = item
    .replace(URL_PATTERN, '')
    .replace(/[()]/g, '')
    .replace(/\s*[—–:,-]\s*$/, '')
    .trim();
  return { name: name || new URL(url).hostname.replace(/^www\./, ''), url };
}

/** Names typed in capitals ("JANE O'DOE") read as names ("Jane O'Doe"); anything else is kept as typed. */
function tidyName(name: string): string {
  const cleaned = name.replace(/\s+/g, ' ').trim();
  if (cleaned !== cleaned.toUpperCase()) return cleaned;
  return cleaned.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** "January 2025", "Jan. 2025", "January 15, 2025", "15 January 2025", "2025-01-15" → ISO date. */
export function parseCoverDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const words = text
    .trim()
    .replace(/[.,]/g, ' ')
    .split(/\s+/)
    .filter((word) => !WEEKDAYS.test(word));
  const monthAt = words.findIndex((word) => monthOf(word) !== null);
  if (monthAt === -1) return null;
  const numbers = words.filter((_, index) => index !== monthAt);
  if (!numbers.every((word) => /^\d+(?:st|nd|rd|th)?$/i.test(word))) return null;
  const values = numbers.map((word) => parseInt(word, 10));
  const year = values.find((value) => value >= 1000);
  const day = values.find((value) => value < 1000);
  if (year === undefined || values.length > 2) return null;
  return validDate(year, monthOf(words[monthAt])! + 1, day ?? 1);
}

function monthOf(word: string): number | null {
  const lower = word.toLowerCase();
  if (lower.length < 3) return null;
  const index = MONTHS.findIndex((month) => month.startsWith(lower) || (lower === 'sept' && month === 'september'));
  return index === -1 ? null : index;
}

function validDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** Longer than any number a periodical prints ("MMMDCCCLXXXVIII" is 15): refused before it is summed. */
const MAX_NUMBER_LENGTH = 15;

/** "19" → 19, "XIX" → 19; `null` for anything that is not a positive number of reasonable length. */
function toNumber(text: string): number | null {
  if (text.length > MAX_NUMBER_LENGTH) return null;
  if (/^\d+$/.test(text)) return Number(text) > 0 ? Number(text) : null;
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
  const digits = [...text.toLowerCase()].map((char) => values[char]);
  const total = digits.reduce((sum, value, index) => sum + (value < (digits[index + 1] ?? 0) ? -value : value), 0);
  return total > 0 ? total : null;
}

const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);
