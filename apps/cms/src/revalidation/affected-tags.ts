import { cacheTags } from '@masthead/client/cache-tags';
import { sitePaths } from '@masthead/client/site-paths';

/**
 * What of a published document the website shows, read before and after a change; the tags to revalidate are
 * those of both, so a page that showed the old state and a page that shows the new one are both rebuilt.
 */
export interface ArticleView {
  slug: string;
  issue: { number: number; volume: number } | null;
  section: string | null;
  authors: string[];
  tags: string[];
  sources: string[];
}

export interface IssueView {
  volume: number;
  number: number;
  articleSlugs: string[];
}

/** A volume, author, source, section or tag: its own page (by slug) and its published articles as the site shows them. */
export interface TermView {
  slug: string | null;
  articles: ArticleView[];
}

export type TermKind = 'volume' | 'author' | 'source' | 'section' | 'tag';

export interface Revalidation {
  tags: string[];
  paths: string[];
}

const unique = (values: Array<string | null | undefined | false>) => [
  ...new Set(values.filter((value): value is string => Boolean(value))),
];

/** The publication's settings show on every page (footer, icon) and on the about page: one tag names them all. */
export function publicationRevalidation(): Revalidation {
  return { tags: [cacheTags.publication], paths: [] };
}

export function articleRevalidation(before: ArticleView | null, after: ArticleView | null): Revalidation {
  const views = [before, after].filter((view): view is ArticleView => view !== null);
  if (views.length === 0) return { tags: [], paths: [] };
  return {
    tags: unique([
      cacheTags.articles,
      ...views.flatMap((view) => [
        cacheTags.article(view.slug),
        view.issue && cacheTags.issue(view.issue.volume, view.issue.number),
        view.section && cacheTags.section(view.section),
        ...view.authors.map(cacheTags.author),
        ...view.tags.map(cacheTags.tag),
        ...view.sources.map(cacheTags.source),
      ]),
      // The issue's table of contents is what the home page shows for the current issue.
      views.some((view) => view.issue) && cacheTags.issues,
      // The old URL now redirects (see slug-redirects).
      before && after && before.slug !== after.slug && cacheTags.redirects,
    ]),
    // A slug change leaves a page at the old URL; rebuilding it turns it into the redirect to the new one.
    paths: before && after && before.slug !== after.slug ? [sitePaths.article(before.slug)] : [],
  };
}

export function issueRevalidation(before: IssueView | null, after: IssueView | null): Revalidation {
  const views = [before, after].filter((view): view is IssueView => view !== null);
  if (views.length === 0) return { tags: [], paths: [] };
  return {
    tags: unique([
      cacheTags.issues,
      cacheTags.volumes,
      ...views.flatMap((view) => [cacheTags.issue(view.volume, view.number), ...view.articleSlugs.map(cacheTags.article)]),
    ]),
    paths: [],
  };
}

const TERM_TAGS: Record<TermKind, { list: string; one: ((slug: string) => string) | null }> = {
  volume: { list: cacheTags.volumes, one: null },
  author: { list: cacheTags.authors, one: cacheTags.author },
  source: { list: cacheTags.sources, one: cacheTags.source },
  section: { list: cacheTags.sections, one: cacheTags.section },
  tag: { list: cacheTags.tags, one: cacheTags.tag },
};

export function termRevalidation(kind: TermKind, before: TermView | null, after: TermView | null): Revalidation {
  const views = [before, after].filter((view): view is TermView => view !== null);
  if (views.length === 0) return { tags: [], paths: [] };
  const { list, one } = TERM_TAGS[kind];
  return {
    tags: unique([
      list,
      kind === 'volume' && cacheTags.issues,
      ...views.map((view) => view.slug && one?.(view.slug)),
      // A term is shown wherever its articles are — a byline, a section's name, a volume's number on their pages, on
      // every card of every list and in every table of contents they are in — so those pages are named as an edit of
      // each article would name them.
      ...views.flatMap((view) => view.articles.flatMap((article) => articleRevalidation(article, article).tags)),
    ]),
    paths: [],
  };
}
