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

/** The shared shape of section, tag, author and source pages: a header, a grid of articles, pagination links. */
export function ArticleListPage({
  eyebrow,
  title,
  intro,
  articles,
  basePath,
  noteFor,
}: {
  eyebrow: string;
  title: string;
  intro?: ReactNode;
  articles: Page<ArticleListItem>;
  basePath: string;
  /** A line under each card about the article in this list (see ArticleCard's `note`). */
  noteFor?: (article: ArticleListItem) => ReactNode;
}) {
  const pagePath = (n: number) => sitePaths.listingPage(basePath, n);
  const { page, pageCount, total, totalIsExact } = articles.pagination;
  return (
    <section className="list-page">
      <header className="list-header">
        <p className="eyebrow">{eyebrow}</p>
        <h1>{title}</h1>
        {intro}
        <p className="meta">{articleCount(total, totalIsExact)}</p>
      </header>
      <div className="card-grid">
        {articles.items.map((article) => (
          <ArticleCard key={article.slug} article={article} withImage note={noteFor?.(article)} />
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
