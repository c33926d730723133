import { issueName } from '@masthead/client/issue-names';

/** How an issue is named in the admin's lists and pickers: the product's one house style (`issueName`). */
export function issueLabel(issue: { number: number | null; coverDate: string | null; volumeNumber: number | null }): string {
  return issueName({ volume: issue.volumeNumber, number: issue.number, coverDate: issue.coverDate });
}
