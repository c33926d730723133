/**
 * The house style for naming an issue, one for the whole product: the website's pages and feeds, and the label the
 * CMS keeps for the admin's lists and pickers, all say "Volume 19, Issue 4 · January 2025".
 */

const coverFormat = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2025-01-01" → "January 2025". Read in UTC: a cover date is a calendar date, and a server's zone must not shift it. */
export function formatCoverDate(coverDate: string): string {
  return coverFormat.format(new Date(`${coverDate.slice(0, 10)}T00:00:00Z`));
}

export interface IssueNameParts {
  /** The volume's number; null for an issue not (yet) in a volume. */
  volume: number | null;
  number: number | null;
  coverDate: string | null;
}

/** "Volume 19, Issue 4 · January 2025"; a part not filled in yet is left out rather than printed as null. */
export function issueName({ volume, number, coverDate }: IssueNameParts): string {
  const name = [volume == null ? null : `Volume ${volume}`, number == null ? 'Unnumbered issue' : `Issue ${number}`]
    .filter(Boolean)
    .join(', ');
  return coverDate ? `${name} · ${formatCoverDate(coverDate)}` : name;
}
