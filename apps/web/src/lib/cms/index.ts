import { createClient, type Article, type ListArticlesOptions, type SearchOptions } from '@masthead/client';
import { cache } from 'react';
import { env } from '@/env';
import { pickRelated } from '../related';
import { TAGS } from './tags';

/**
 * The website's only door to the CMS. Each function tags its fetch for precise revalidation and is wrapped in
 * React's `cache` so a page and its metadata share one request. Errors propagate: a failed read must never be
 * cached as an empty page (ISR keeps serving the last good one).
 */
const cms = createClient({ baseUrl: env.CMS_URL, timeoutMs: env.CMS_TIMEOUT_MS });

const tagged = (...tags: string[]) => ({ requestInit: { next: { revalidate: env.REVALIDATE_SECONDS, tags } } });

export const getLatestIssue = cache(() => cms.getLatestIssue(tagged(TAGS.issues)));

export const getIssue = cache((volume: number, number: number) =>
  cms.getIssue(volume, number, tagged(TAGS.issues, TAGS.issue(volume, number))),
);

export const listVolumes = cache(() => cms.listVolumes(tagged(TAGS.volumes, TAGS.issues)));

export const getArticle = cache((slug: string) => cms.getArticle(slug, tagged(TAGS.articles, TAGS.article(slug))));

export const listArticles = cache((filter: Omit<ListArticlesOptions, 'requestInit' | 'signal'> = {}) =>
  cms.listArticles({ ...filter, ...tagged(TAGS.articles) }),
);

/**
 * A page of search results. Cached per query like any other read (the URL is the key), tagged with `articles` so a
 * publish refreshes every cached search.
 */
export const searchArticles = cache((search: Omit<SearchOptions, 'requestInit' | 'signal'>) =>
  cms.searchArticles({ ...search, pageSize: SEARCH_PAGE_SIZE, ...tagged(TAGS.articles) }),
);

/** The tags and section most worth following from an article: its first three tags, and its section. */
const RELATED_SOURCES = { tags: 3, perList: 12 };

/** Articles sharing the article's tags or section, best first (see `pickRelated`). */
export const getRelatedArticles = cache(async (article: Article) => {
  const lists = await Promise.all([
    ...article.tags.slice(0, RELATED_SOURCES.tags).map((tag) => listArticles({ tag: tag.slug, pageSize: RELATED_SOURCES.perList })),
    ...(article.section ? [listArticles({ section: article.section.slug, pageSize: RELATED_SOURCES.perList })] : []),
  ]);
  return pickRelated(article, lists.flatMap((list) => list.items));
});

export const listSections = cache(() => cms.listSections(tagged(TAGS.sections)));

export const listAuthors = cache(() => cms.listAuthors(tagged(TAGS.authors)));

export const getAuthor = cache((slug: string, page: number) =>
  cms.getAuthor(slug, { page, pageSize: PAGE_SIZE, ...tagged(TAGS.authors, TAGS.author(slug), TAGS.articles) }),
);

export const getSource = cache((slug: string, page: number) =>
  cms.getSource(slug, { page, pageSize: PAGE_SIZE, ...tagged(TAGS.sources, TAGS.source(slug), TAGS.articles) }),
);

export const listTags = cache(() => cms.listTags(tagged(TAGS.tags)));

/** Every published article (no bodies), newest first, for the sitemap. */
export const listAllArticles = cache(async () => {
  const articles = [];
  for await (const article of cms.iterateArticles(tagged(TAGS.articles))) articles.push(article);
  return articles;
});

export const listSources = cache(() => cms.listSources(tagged(TAGS.sources)));

/** Articles per page on section, tag, author and source pages. */
export const PAGE_SIZE = 12;

export const SEARCH_PAGE_SIZE = 10;

export const mediaUrl = (media: { url: string }) => cms.mediaUrl(media);
