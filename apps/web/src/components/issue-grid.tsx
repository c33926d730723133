import Link from 'next/link';
import type { Volume } from '@masthead/client';
import { sitePaths } from '@masthead/client/site-paths';
import { Figure } from '@/components/figure';
import { formatCoverDate } from '@/lib/format';
import { issuesNewestFirst } from '@/lib/issue-order';

/** A volume's issues as cover tiles, the newest first. */
export function IssueGrid({ volume, sizes }: { volume: Volume; sizes: string }) {
  return (
    <ol className="issue-grid">
      {issuesNewestFirst(volume.issues).map((issue) => (
        <li key={issue.number}>
          <Link href={sitePaths.issue(volume.number, issue.number)} className="issue-tile">
            {issue.cover ? <Figure figure={issue.cover} sizes={sizes} showCaption={false} /> : null}
            <span className="label">
              Issue {issue.number} · {formatCoverDate(issue.coverDate)}
            </span>
            {issue.title ? <span className="issue-tile-title">{issue.title}</span> : null}
          </Link>
        </li>
      ))}
    </ol>
  );
}
