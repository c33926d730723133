/** "January 2025" for a cover date stored as "2025-01-01" (read in UTC, as Strapi stores dates). */
export function formatCoverDate(coverDate: string): string {
  return new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${coverDate.slice(0, 10)}T00:00:00Z`),
  );
}

/** How an issue is named in the admin's lists and pickers: "Vol. 19, No. 4 · January 2025". */
export function issueLabel(issue: { number: number | null; coverDate: string | null; volumeNumber: number | null }): string {
  const parts = [
    issue.volumeNumber == null ? 'No volume' : `Vol. ${issue.volumeNumber}`,
    issue.number == null ? 'No. ?' : `No. ${issue.number}`,
  ];
  const label = parts.join(', ');
  return issue.coverDate ? `${label} · ${formatCoverDate(issue.coverDate)}` : label;
}
