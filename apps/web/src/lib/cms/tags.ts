/**
 * Cache tags, one place for all of them: every CMS read is tagged so a publish event can revalidate exactly the
 * pages that show the changed document.
 */
export const TAGS = {
  issues: 'issues',
  issue: (volume: number, number: number) => `issue:${volume}:${number}`,
  volumes: 'volumes',
  articles: 'articles',
  article: (slug: string) => `article:${slug}`,
  authors: 'authors',
  author: (slug: string) => `author:${slug}`,
  sources: 'sources',
  source: (slug: string) => `source:${slug}`,
  sections: 'sections',
  section: (slug: string) => `section:${slug}`,
  tags: 'tags',
  tag: (slug: string) => `tag:${slug}`,
} as const;
