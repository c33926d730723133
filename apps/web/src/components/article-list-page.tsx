import type { ArticleListItem, Page } from '@masthead/client';
import { sitePaths } from '@masthead/client/site-paths';
import { PageNav } from './page-nav';
import type { ReactNode } from 'react';
import { ArticleCard } from './article-card';

/** The shared shape of section, tag, author and source pages: a header, a grid of articles, pagination links. */
export function ArticleListPage({
  eyebrow,
  title,
  intro,
  articles,
  basePath,
}: {
  eyebrow: string;
  title: string;
  intro?: ReactNode;
  articles: Page<ArticleListItem>;
  basePath: string;
}) {
  const pagePath = (n: number) => sitePaths.listingPage(basePath, n);
  const { page, pageCount, total } = articles.pagination;
  return (
    <section className="list-page">
      <header className="list-header">
        <p className="eyebrow">{eyebrow}</p>
        <h1>{title}</h1>
        {intro}
        <p className="meta">{total === 1 ? '1 article' : `${total} articles`}</p>
      </header>
      <div className="card-grid">
        {articles.items.map((article) => (
          <ArticleCard key={article.slug} article={article} withImage />
        ))}
      </div>
      <PageNav page={page} pageCount={pageCount} label="Pages" href={pagePath} previousText="← Newer" nextText="Older →" />
    </section>
  );
}
