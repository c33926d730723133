import type { Blocks } from '@masthead/client';
import { formatCoverDate, issueName } from '@masthead/client/issue-names';

export { formatCoverDate };

/** Dates on the site are printed in UTC: a server's zone must not shift them. */
const dayFormat = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

/** "2025-01-02T13:00:00.000Z" → "January 2, 2025" */
export function formatDay(iso: string): string {
  return dayFormat.format(new Date(iso));
}

/** "Volume 19, Issue 3 · January 2025": the house style the admin's labels share (`issueName`). */
export function issueLine(issue: { number: number; coverDate: string; volume: { number: number } | null }): string {
  return issueName({ volume: issue.volume?.number ?? null, number: issue.number, coverDate: issue.coverDate });
}

/** "2024–2025" for a school year, "2024" for a calendar-year volume. */
export function volumeYears(volume: { startYear: number; endYear: number | null }): string {
  return volume.endYear && volume.endYear !== volume.startYear ? `${volume.startYear}–${volume.endYear}` : String(volume.startYear);
}

/** "4 min read", with a no-break space so a narrow card never leaves "read" alone on a line. */
export function readingTimeLabel(minutes: number | null): string | null {
  return minutes ? `${minutes}\u00a0min read` : null;
}

/** The months as AP style abbreviates them: five short names are printed whole. */
const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** "2025-01-03T13:00:00.000Z" → "Jan. 3, 2025": the date on a card, as a newspaper prints it (in UTC, as formatDay). */
export function formatShortDay(iso: string): string {
  const date = new Date(iso);
  return `${AP_MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}

type NumberedIssue = { number: number; volume: { number: number } | null };

/** "Vol. 19, No. 3": where a card's story ran, short enough to share a line with the date. */
export function shortIssueName(issue: NumberedIssue): string {
  return issue.volume ? `Vol. ${issue.volume.number}, No. ${issue.number}` : `No. ${issue.number}`;
}

const ROMAN_DIGITS: Array<[number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 19 → "XIX"; volumes are numbered in Roman numerals on a folio line, as papers have long printed them. */
export function romanNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value >= 4000) return String(value);
  let rest = value;
  let roman = '';
  for (const [amount, digits] of ROMAN_DIGITS) {
    while (rest >= amount) {
      roman += digits;
      rest -= amount;
    }
  }
  return roman;
}

/** "Vol. XIX, No. 3 · January 2025": the folio line under the nameplate of the front page. */
export function folioLine(issue: NumberedIssue & { coverDate: string }): string {
  const where = issue.volume ? `Vol. ${romanNumeral(issue.volume.number)}, No. ${issue.number}` : `No. ${issue.number}`;
  return `${where} · ${formatCoverDate(issue.coverDate)}`;
}

/** "Ada", "Ada and Ben", "Ada, Ben and Cy": names as a byline reads them. */
export function namesList(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * Text as a CSS string literal: quotes and backslashes escaped, line breaks as \A, and "<" escaped so the text cannot
 * close the <style> element it is written into.
 */
export function cssString(text: string): string {
  const escaped = text.replace(/[\\"<\n\r]/g, (char) => `\\${char.codePointAt(0)!.toString(16).toUpperCase()} `);
  return `"${escaped}"`;
}

/** What search engines show under a title: the meta description's customary length. */
const DESCRIPTION_LENGTH = 160;

/** The text of rich text's first paragraph, cut at a word to a meta description's length ("…" where cut). */
export function blocksSummary(blocks: Blocks): string {
  const first = blocks.find((block) => block.type === 'paragraph');
  const text = (first && 'children' in first ? first.children : [])
    .map((child) => ('text' in child ? child.text : child.children.map((inner) => inner.text).join('')))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= DESCRIPTION_LENGTH) return text;
  const cut = text.slice(0, DESCRIPTION_LENGTH - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), DESCRIPTION_LENGTH / 2)).replace(/[\s,;:.–—-]+$/, '')}…`;
}
