import type { TocEntry } from '@masthead/client';
import Link from 'next/link';
import { sitePaths } from '@masthead/client/site-paths';
import { Blocks } from '@/components/blocks';
import { ArticleCard } from '@/components/article-card';
import { Figure } from '@/components/figure';
import { TableOfContents } from '@/components/table-of-contents';
import { getLatestIssue, listArticles } from '@/lib/cms';
import { issueLine } from '@/lib/format';

export const revalidate = 300;

export default async function HomePage() {
  const [issue, recent] = await Promise.all([getLatestIssue(), listArticles({ pageSize: 6 })]);
  if (!issue) {
    return (
      <section className="empty-state">
        <h1>No issue published yet</h1>
        <p>The first issue will appear here as soon as the editors publish it.</p>
      </section>
    );
  }
  const [lead, ...rest] = issue.articles;
  return (
    <>
      <section className="current-issue" aria-labelledby="current-issue-title">
        <div className="issue-cover">
          {issue.cover ? <Figure figure={issue.cover} sizes="(min-width: 960px) 30vw, 100vw" priority /> : null}
        </div>
        <div className="issue-intro">
          <p className="eyebrow">
            <Link href={sitePaths.issue(issue.volume.number, issue.number)}>{issueLine(issue)}</Link>
          </p>
          <h1 id="current-issue-title">{issue.title ?? 'The current issue'}</h1>
          {issue.editorsNote ? (
            <div className="editors-note">
              <h2 className="label">From the editor</h2>
              <Blocks blocks={issue.editorsNote} />
            </div>
          ) : null}
          {lead ? <LeadStory article={lead} /> : null}
        </div>
      </section>

      <section aria-labelledby="toc-title" className="toc">
        <h2 id="toc-title" className="section-title">
          In this issue
        </h2>
        <TableOfContents articles={rest} />
      </section>

      <section aria-labelledby="recent-title" className="recent">
        <h2 id="recent-title" className="section-title">
          Recently published
        </h2>
        <div className="card-grid">
          {recent.items.map((article) => (
            <ArticleCard key={article.slug} article={article} withImage />
          ))}
        </div>
      </section>
    </>
  );
}

function LeadStory({ article }: { article: TocEntry }) {
  return (
    <div className="lead-story">
      <ArticleCard article={article} headingLevel={2} />
    </div>
  );
}
