/**
 * The website's URL scheme, site-relative: the website links, canonicalises, lists in its sitemap and feeds with
 * it; the CMS names pages with it (the admin's preview link, the redirect an old slug leaves, the path rebuilt after
 * a slug change). A route moved in apps/web/src/app moves here, and both apps follow.
 */
export const sitePaths = {
  home: '/',
  article: (slug: string) => `/articles/${slug}`,
  /** The archive: every volume and its issues. */
  volumes: '/volumes',
  /** One volume: its issues, newest first. */
  volume: (number: number) => `/volumes/${number}`,
  issue: (volume: number, number: number) => `/volumes/${volume}/issues/${number}`,
  /** The staff page. */
  authors: '/authors',
  author: (slug: string) => `/authors/${slug}`,
  /** The indexes of every source cited, section and tag. */
  sources: '/sources',
  source: (slug: string) => `/sources/${slug}`,
  sections: '/sections',
  section: (slug: string) => `/sections/${slug}`,
  tags: '/tags',
  tag: (slug: string) => `/tags/${slug}`,
  /** Page `page` of a listing at `path`: page 1 lives at the bare path, so every page stays static. */
  listingPage: (path: string, page: number) => (page > 1 ? `${path}/page/${page}` : path),
  search: '/search',
  /** The publication's about page (its text is a setting of the CMS). */
  about: '/about',
  feed: '/feed.xml',
  sectionFeed: (slug: string) => `/sections/${slug}/feed.xml`,
} as const;
