/**
 * The cache tags both sides of the site contract use: a website tags every read with the documents it shows; the
 * CMS, after a change commits, names the tags of every page that showed the document before or after the change.
 * No Node built-ins: usable wherever the client is.
 */
export const cacheTags = {
  /** The list of all articles, newest first: home page, feeds, sitemap, search. */
  articles: 'articles',
  article: (slug: string) => `article:${slug}`,
  /** Which issue is current, and the archive of issues. */
  issues: 'issues',
  issue: (volume: number, number: number) => `issue:${volume}:${number}`,
  volumes: 'volumes',
  /** Navigation lists (the sections in every page's header, the staff page). */
  sections: 'sections',
  section: (slug: string) => `section:${slug}`,
  authors: 'authors',
  author: (slug: string) => `author:${slug}`,
  sources: 'sources',
  source: (slug: string) => `source:${slug}`,
  tags: 'tags',
  tag: (slug: string) => `tag:${slug}`,
  redirects: 'redirects',
  /** The publication's settings: every page's footer and icon, the about page. */
  publication: 'publication',
} as const;

/** What a list of articles is filtered by; at most one filter names its tag (the first in this order). */
export interface ArticleListFilter {
  section?: string;
  tag?: string;
  author?: string;
  source?: string;
  issue?: { volume: number; number: number };
}

/**
 * The tags each of the website's reads carries: the documents it shows, so that a change the CMS names reaches it.
 * The website tags its fetches from this table; a table-driven test in the CMS holds the tags it names after each
 * kind of change to it.
 */
export const readTags = {
  latestIssue: () => [cacheTags.issues],
  issue: (volume: number, number: number) => [cacheTags.issue(volume, number)],
  /** The archive shows every volume and which issues they hold. */
  volumes: () => [cacheTags.volumes, cacheTags.issues],
  article: (slug: string) => [cacheTags.article(slug)],
  /** Where an old article URL now lives: the CMS names the old slug when the slug changes. */
  articleRedirect: (slug: string) => [cacheTags.article(slug), cacheTags.redirects],
  /** A filtered list is tagged with what it is filtered by; the unfiltered list with `articles`. */
  articles: (filter: ArticleListFilter = {}) => [articleListTag(filter)],
  /** Cached per query; a publish refreshes every cached search. */
  search: () => [cacheTags.articles],
  /** Every published article, for the sitemap. */
  allArticles: () => [cacheTags.articles],
  sections: () => [cacheTags.sections],
  authors: () => [cacheTags.authors],
  author: (slug: string) => [cacheTags.author(slug)],
  sources: () => [cacheTags.sources],
  source: (slug: string) => [cacheTags.source(slug)],
  tags: () => [cacheTags.tags],
  publication: () => [cacheTags.publication],
} as const;

function articleListTag(filter: ArticleListFilter): string {
  if (filter.section) return cacheTags.section(filter.section);
  if (filter.tag) return cacheTags.tag(filter.tag);
  if (filter.author) return cacheTags.author(filter.author);
  if (filter.source) return cacheTags.source(filter.source);
  if (filter.issue) return cacheTags.issue(filter.issue.volume, filter.issue.number);
  return cacheTags.articles;
}
