import type { ArticleListItem } from '@masthead/client';
import { sitePaths } from '@masthead/client/site-paths';
import { env } from '@/env';
import { renderRss } from './feed';

/** The RSS response for a list of articles, cached by Next like a page (the route's `revalidate`). */
export function rssResponse(options: { title: string; description: string; path: string; articles: ArticleListItem[] }) {
  const xml = renderRss({
    title: options.title,
    description: options.description,
    siteUrl: env.SITE_URL,
    feedUrl: new URL(options.path, env.SITE_URL).toString(),
    items: options.articles.map((article) => ({
      title: article.title,
      url: new URL(sitePaths.article(article.slug), env.SITE_URL).toString(),
      description: article.dek,
      publishedAt: article.firstPublishedAt ?? article.publishedAt,
      authors: article.authors.map((author) => author.name),
      category: article.section?.name ?? null,
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
