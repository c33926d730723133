import type { Core } from '@strapi/strapi';
import type { ArticleView, IssueView, TermKind, TermView } from './affected-tags';

/**
 * Reads what the website shows of a document: the published version of articles and issues (drafts are never on
 * the site), the single version of the other types. `null` when the site shows nothing of it.
 */
type Slugged = { slug: string };

const published = { publishedAt: { $notNull: true } };

/** What `articleView` reads of an article. */
const ARTICLE_VIEW_POPULATE = {
  issue: { select: ['number'], populate: { volume: { select: ['number'] } } },
  section: { select: ['slug'] },
  authors: { select: ['slug'] },
  tags: { select: ['slug'] },
  citations: { populate: { source: { select: ['slug'] } } },
};

/** An article row as the query layer returns it with ARTICLE_VIEW_POPULATE. */
interface ArticleViewRow {
  slug: string;
  issue: { number: number; volume: { number: number } | null } | null;
  section: Slugged | null;
  authors: Slugged[];
  tags: Slugged[];
  citations: Array<{ source: Slugged | null }>;
}

function toArticleView(row: ArticleViewRow): ArticleView {
  return {
    slug: row.slug,
    issue: row.issue?.volume ? { number: row.issue.number, volume: row.issue.volume.number } : null,
    section: row.section?.slug ?? null,
    authors: row.authors.map((author) => author.slug),
    tags: row.tags.map((tag) => tag.slug),
    sources: row.citations.flatMap((citation) => (citation.source ? [citation.source.slug] : [])),
  };
}

export async function articleView(strapi: Core.Strapi, documentId: string): Promise<ArticleView | null> {
  const row = await strapi.db.query('api::article.article').findOne({
    where: { documentId, ...published },
    select: ['slug'],
    populate: ARTICLE_VIEW_POPULATE,
  });
  return row ? toArticleView(row) : null;
}

export async function issueView(strapi: Core.Strapi, documentId: string): Promise<IssueView | null> {
  const row = await strapi.db.query('api::issue.issue').findOne({
    where: { documentId, ...published },
    select: ['number'],
    populate: { volume: { select: ['number'] }, articles: { select: ['slug'], where: published } },
  });
  if (!row?.volume) return null;
  return { volume: row.volume.number, number: row.number, articleSlugs: (row.articles as Slugged[]).map((article) => article.slug) };
}

/** The relation through which each kind's articles are found. */
const ARTICLES_BY: Record<TermKind, (id: number) => Record<string, unknown>> = {
  volume: (id) => ({ issue: { volume: { id } } }),
  author: (id) => ({ authors: { id } }),
  source: (id) => ({ citations: { source: { id } } }),
  section: (id) => ({ section: { id } }),
  tag: (id) => ({ tags: { id } }),
};

export async function termView(strapi: Core.Strapi, kind: TermKind, documentId: string): Promise<TermView | null> {
  const row = await strapi.db
    .query(`api::${kind}.${kind}`)
    .findOne({ where: { documentId }, select: kind === 'volume' ? ['id'] : ['id', 'slug'] });
  if (!row) return null;
  const articles = await strapi.db
    .query('api::article.article')
    .findMany({ where: { ...published, ...ARTICLES_BY[kind](row.id) }, select: ['slug'], populate: ARTICLE_VIEW_POPULATE });
  return { slug: row.slug ?? null, articles: articles.map(toArticleView) };
}
