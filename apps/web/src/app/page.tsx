import type { Issue } from '@masthead/client';
import Link from 'next/link';
import { sitePaths } from '@masthead/client/site-paths';
import { ArticleCard } from '@/components/article-card';
import { Blocks } from '@/components/blocks';
import { Figure } from '@/components/figure';
import { TableOfContents } from '@/components/table-of-contents';
import { getLatestIssue, listArticles } from '@/lib/cms';
import { folioLine, issueLine } from '@/lib/format';
import { planFront } from '@/lib/front-page';

export const revalidate = 300;

/** How many stories "Recently published" shows, once those already on the page are left out. */
const RECENT_COUNT = 6;

/**
 * The front page, as a paper sets one: the folio line, the lead story with its photo (on a phone its headline is on
 * the first screen), the next stories with thumbnails, the rest of the issue, the issue's cover and editor's note,
 * then what was published lately — and no story twice.
 */
export default async function HomePage() {
  const issue = await getLatestIssue();
  if (!issue) {
    return (
      <section className="empty-state">
        <h1>No issue published yet</h1>
        <p>The first issue will appear here as soon as the editors publish it.</p>
      </section>
    );
  }
  // Enough recent stories that RECENT_COUNT remain after leaving out the issue's own: one bounded read.
  const recentPage = await listArticles({ pageSize: Math.min(100, RECENT_COUNT + issue.articles.length) });
  const front = planFront(issue.articles, recentPage.items, RECENT_COUNT);
  const issuePath = sitePaths.issue(issue.volume.number, issue.number);
  return (
    <>
      <header className="front-folio">
        <p className="folio">
          <Link href={issuePath}>{folioLine(issue)}</Link>
        </p>
        <h1 className="front-title">{issue.title ?? issueLine(issue)}</h1>
      </header>

      {front.lead ? (
        <section className="front-lead" aria-label="Top story">
          <ArticleCard article={front.lead} layout="lead" headingLevel={2} priority />
        </section>
      ) : null}

      {front.secondary.length > 0 ? (
        <section className="front-secondary" aria-label="More top stories">
          {front.secondary.map((article) => (
            <ArticleCard key={article.slug} article={article} layout="thumbnail" imageSizes="(min-width: 960px) 23rem, 8rem" />
          ))}
        </section>
      ) : null}

      <IssueBox issue={issue} issuePath={issuePath} />

      {front.restOfIssue.length > 0 ? (
        <section aria-labelledby="toc-title" className="toc">
          <h2 id="toc-title" className="section-title">
            Also in this issue
          </h2>
          <TableOfContents articles={front.restOfIssue} />
        </section>
      ) : null}

      {front.recent.length > 0 ? (
        <section aria-labelledby="recent-title" className="recent">
          <h2 id="recent-title" className="section-title">
            Recently published
          </h2>
          <div className="card-grid">
            {front.recent.map((article) => (
              <ArticleCard key={article.slug} article={article} layout="thumbnail" imageSizes="(min-width: 760px) 23rem, 8rem" />
            ))}
          </div>
        </section>
      ) : null}
    </>
  );
}

/** The issue itself, after its top stories: the cover small, the editor's note, the way to the whole issue. */
function IssueBox({ issue, issuePath }: { issue: Issue; issuePath: string }) {
  return (
    <section className="issue-box" aria-labelledby="issue-box-title">
      {issue.cover ? (
        <Link href={issuePath} className="issue-box-cover" tabIndex={-1} aria-hidden="true">
          <Figure figure={issue.cover} sizes="10rem" showCaption={false} />
        </Link>
      ) : null}
      <div>
        <h2 id="issue-box-title" className="label">
          {issue.editorsNote ? 'From the editor' : 'This issue'}
        </h2>
        {issue.editorsNote ? (
          <div className="editors-note">
            <Blocks blocks={issue.editorsNote} />
          </div>
        ) : null}
        <p className="issue-box-link">
          <Link href={issuePath}>{`The whole issue: ${issueLine(issue)} →`}</Link>
        </p>
      </div>
    </section>
  );
}
