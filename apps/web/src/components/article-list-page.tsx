import type { ArticleListItem, Page } from '@masthead/client';
import { sitePaths } from '@masthead/client/site-paths';
import { PageNav } from './page-nav';
import type { ReactNode } from 'react';
import { ArticleCard } from './article-card';

/** "12 articles", or "More than 1,000 articles" when the CMS stopped counting at `total - 1`. */
function articleCount(total: number, exact: boolean): string {
  if (!exact) return `More than ${(total - 1).toLocaleString('en-US')} articles`;
  return total === 1 ? '1 article' : `${total.toLocaleString('en-US')} articles`;
}

/**
 * The shared shape of section, tag, author and source pages — a front of their own: a header, the newest story as
 * the lead (on the first page), then the others as a list with thumbnails, then pagination links.
 */
export function ArticleListPage({
  eyebrow,
  title,
  intro,
  articles,
  basePath,
  noteFor,
  showSection = true,
}: {
  eyebrow: string;
  title: string;
  intro?: ReactNode;
  articles: Page<ArticleListItem>;
  basePath: string;
  /** A line under each card about the article in this list (see ArticleCard's `note`). */
  noteFor?: (article: ArticleListItem) => ReactNode;
  /** Off on a section's own page, where every kicker would repeat the page's title. */
  showSection?: boolean;
}) {
  const pagePath = (n: number) => sitePaths.listingPage(basePath, n);
  const { page, pageCount, total, totalIsExact } = articles.pagination;
  const lead = page === 1 ? (articles.items[0] ?? null) : null;
  const others = lead ? articles.items.slice(1) : articles.items;
  return (
    <section className="list-page">
      <header className="list-header">
        <p className="eyebrow">{eyebrow}</p>
        <h1>{title}</h1>
        {intro}
        <p className="meta">{articleCount(total, totalIsExact)}</p>
      </header>
      {lead ? (
        <div className="list-lead">
          <ArticleCard article={lead} layout="lead" headingLevel={2} showSection={showSection} note={noteFor?.(lead)} priority />
        </div>
      ) : null}
      <div className="story-list">
        {others.map((article) => (
          <ArticleCard key={article.slug} article={article} layout="thumbnail" showSection={showSection} note={noteFor?.(article)} />
        ))}
      </div>
      <PageNav
        page={page}
        pageCount={pageCount}
        pageCountIsExact={totalIsExact}
        label="Pages"
        href={pagePath}
        previousText="← Newer"
        nextText="Older →"
      />
    </section>
  );
}
