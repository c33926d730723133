import {
  CmsHttpError,
  createClient,
  type Article,
  type MastheadClient,
  type ListArticlesOptions,
  type SearchOptions,
} from '@masthead/client';
import { cache } from 'react';
import { env } from '@/env';
import { pickRelated } from '../related';
import { readTags } from '@masthead/client/cache-tags';
import { sitePaths } from '@masthead/client/site-paths';
import { previewState } from '../preview/session';

/**
 * The website's only door to the CMS. Each function tags its fetch with exactly the documents it shows, from the
 * table of read tags in @masthead/client/cache-tags (the CMS names the same tags when they change), and is wrapped in
 * React's `cache` so a page and its metadata share one request. Errors propagate: a failed read must never be
 * cached as an empty page (ISR keeps serving the last good one).
 */
/**
 * Published content. Every read carries the website's token when it has one: the CMS answers it exactly as a
 * reader's (from the same response cache) and counts it against the website's own rate limit, not against the
 * address the site reads from, which every page render shares.
 */
const cms = createClient({ baseUrl: env.CMS_URL, timeoutMs: env.CMS_TIMEOUT_MS, token: env.CMS_PREVIEW_TOKEN });

/**
 * A read of drafts for an editor previewing (lib/preview/session.ts), else `null` (the caller reads what is
 * published). The session's headers go with the read, and the CMS checks them on every draft read; a session it
 * refuses between the page's check and this read (the editor just signed out) reads nothing either. Never cached:
 * what an editor previews must not reach the cache readers are served from.
 */
async function fromDrafts<T>(read: (drafts: MastheadClient) => Promise<T>): Promise<T | null> {
  const preview = await previewState();
  if (preview.kind !== 'live' || !env.CMS_PREVIEW_TOKEN) return null;
  const requestInit = { cache: 'no-store' as const, headers: preview.headers };
  const drafts = createClient({
    baseUrl: env.CMS_URL,
    timeoutMs: env.CMS_TIMEOUT_MS,
    token: env.CMS_PREVIEW_TOKEN,
    status: 'draft',
    requestInit,
  });
  try {
    return await read(drafts);
  } catch (error) {
    if (error instanceof CmsHttpError && error.status === 401) return null;
    throw error;
  }
}

const tagged = (tags: string[]) => ({ requestInit: { next: { revalidate: env.REVALIDATE_SECONDS, tags } } });

export const getLatestIssue = cache(() => cms.getLatestIssue(tagged(readTags.latestIssue())));

export const getIssue = cache(
  async (volume: number, number: number) =>
    (await fromDrafts((drafts) => drafts.getIssue(volume, number))) ?? cms.getIssue(volume, number, tagged(readTags.issue(volume, number))),
);

export const listVolumes = cache(() => cms.listVolumes(tagged(readTags.volumes())));

/** What readers see of an article, also during a preview: share cards, which crawlers fetch, never show drafts. */
export const getPublishedArticle = cache((slug: string) => cms.getArticle(slug, tagged(readTags.article(slug))));

export const getArticle = cache(
  async (slug: string) => (await fromDrafts((drafts) => drafts.getArticle(slug))) ?? getPublishedArticle(slug),
);

/** Where an old article URL (a slug the article no longer has) now lives, or `null`. */
export const getArticleRedirect = cache((slug: string) => cms.getRedirect(sitePaths.article(slug), tagged(readTags.articleRedirect(slug))));

type ArticleFilter = Omit<ListArticlesOptions, 'requestInit' | 'signal'>;

export const listArticles = cache((filter: ArticleFilter = {}) => cms.listArticles({ ...filter, ...tagged(readTags.articles(filter)) }));

/** A page of search results, cached per query like any other read (the URL is the key). */
export const searchArticles = cache((search: Omit<SearchOptions, 'requestInit' | 'signal'>) =>
  cms.searchArticles({ ...search, pageSize: SEARCH_PAGE_SIZE, ...tagged(readTags.search()) }),
);

/** The tags and section most worth following from an article: its first three tags, and its section. */
const RELATED_SOURCES = { tags: 3, perList: 12 };

/** Articles sharing the article's tags or section, best first (see `pickRelated`). */
export const getRelatedArticles = cache(async (article: Article) => {
  const lists = await Promise.all([
    ...article.tags.slice(0, RELATED_SOURCES.tags).map((tag) => listArticles({ tag: tag.slug, pageSize: RELATED_SOURCES.perList })),
    ...(article.section ? [listArticles({ section: article.section.slug, pageSize: RELATED_SOURCES.perList })] : []),
  ]);
  return pickRelated(
    article,
    lists.flatMap((list) => list.items),
  );
});

export const listSections = cache(() => cms.listSections(tagged(readTags.sections())));

export const listAuthors = cache(() => cms.listAuthors(tagged(readTags.authors())));

export const getAuthor = cache((slug: string, page: number) =>
  cms.getAuthor(slug, { page, pageSize: PAGE_SIZE, ...tagged(readTags.author(slug)) }),
);

export const getSource = cache((slug: string, page: number) =>
  cms.getSource(slug, { page, pageSize: PAGE_SIZE, ...tagged(readTags.source(slug)) }),
);

export const listTags = cache(() => cms.listTags(tagged(readTags.tags())));

/** Every published article (no bodies), newest first, for the sitemap. */
export const listAllArticles = cache(async () => {
  const articles = [];
  for await (const article of cms.iterateArticles(tagged(readTags.allArticles()))) articles.push(article);
  return articles;
});

export const listSources = cache(() => cms.listSources(tagged(readTags.sources())));

/** The publication's settings: every page's footer and icon, the about page. */
export const getPublication = cache(() => cms.getPublication(tagged(readTags.publication())));

/** Articles per page on section, tag, author and source pages. */
export const PAGE_SIZE = 12;

export const SEARCH_PAGE_SIZE = 10;

/** An upload's URL as readers' browsers reach it (uploads on S3-compatible storage are absolute already). */
export const mediaUrl = (media: { url: string }) => new URL(media.url, `${env.CMS_PUBLIC_URL ?? env.CMS_URL}/`).toString();

/** An upload's URL as the site's server reaches it, for images it fetches itself (share cards). */
export const serverMediaUrl = (media: { url: string }) => cms.mediaUrl(media);
