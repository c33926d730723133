import type { IssueSummary, Volume } from '@masthead/client';

/** Where an issue stands in the run of the publication. */
export interface IssuePlace {
  volume: number;
  number: number;
  coverDate: string;
  title: string | null;
}

/** A volume's issues as readers browse them: the newest first. */
export function issuesNewestFirst(issues: readonly IssueSummary[]): IssueSummary[] {
  return [...issues].sort((a, b) => b.number - a.number);
}

/**
 * The issues just before and after one, across volumes (the last issue of Volume 18 comes before the first of
 * Volume 19): volumes by number, issues by number within them.
 */
export function issueNeighbours(
  volumes: readonly Volume[],
  volume: number,
  number: number,
): { previous: IssuePlace | null; next: IssuePlace | null } {
  const run = [...volumes]
    .sort((a, b) => a.number - b.number)
    .flatMap((each) =>
      [...each.issues]
        .sort((a, b) => a.number - b.number)
        .map((issue) => ({ volume: each.number, number: issue.number, coverDate: issue.coverDate, title: issue.title })),
    );
  const at = run.findIndex((issue) => issue.volume === volume && issue.number === number);
  if (at === -1) return { previous: null, next: null };
  return { previous: run[at - 1] ?? null, next: run[at + 1] ?? null };
}
