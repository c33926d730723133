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

export function readingTimeLabel(minutes: number | null): string | null {
  return minutes ? `${minutes} min read` : null;
}

/** "Ada", "Ada and Ben", "Ada, Ben and Cy": names as a byline reads them. */
export function namesList(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
