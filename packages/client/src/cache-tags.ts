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
} as const;
