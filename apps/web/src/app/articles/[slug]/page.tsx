import type { Article, TocEntry } from '@masthead/client';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleCard } from '@/components/article-card';
import { ArticleTopics } from '@/components/article-topics';
import { AuthorBox } from '@/components/author-box';
import { Blocks } from '@/components/blocks';
import { Byline } from '@/components/byline';
import { CiteThis } from '@/components/cite-this';
import { Figure } from '@/components/figure';
import { JsonLd } from '@/components/json-ld';
import { isSitePath } from '@masthead/client/revalidation';
import { sitePaths } from '@masthead/client/site-paths';
import { env } from '@/env';
import { getArticle, getArticleRedirect, getIssue, getRelatedArticles } from '@/lib/cms';
import { formatDay, issueLine, readingTimeLabel } from '@/lib/format';
import { resilientMetadata } from '@/lib/resilient-metadata';
import { SITE } from '@/lib/site';
import { articleJsonLd } from '@/lib/structured-data';

export const revalidate = 300;

/** Articles render on first request and are then served statically (ISR). */
export function generateStaticParams() {
  return [];
}

type Params = Promise<{ slug: string }>;

export const generateMetadata = resilientMetadata(async ({ params }: { params: Params }): Promise<Metadata> => {
  const article = await getArticle((await params).slug);
  if (!article) return {};
  const url = sitePaths.article(article.slug);
  return {
    title: article.title,
    description: article.dek,
    alternates: { canonical: url },
    authors: article.authors.map((author) => ({ name: author.name, url: sitePaths.author(author.slug) })),
    openGraph: {
      type: 'article',
      title: article.title,
      description: article.dek,
      url,
      publishedTime: article.firstPublishedAt ?? article.publishedAt,
      modifiedTime: article.updatedAt,
    },
    twitter: { card: 'summary_large_image', title: article.title, description: article.dek },
    // Google Scholar's citation_* tags (highwire press): how reference managers pick up an article.
    other: {
      citation_title: article.title,
      citation_author: article.authors.map((author) => author.name),
      citation_publication_date: (article.firstPublishedAt ?? article.publishedAt).slice(0, 10).replace(/-/g, '/'),
      citation_journal_title: env.PUBLICATION_NAME,
      ...(article.issue?.volume ? { citation_volume: String(article.issue.volume.number) } : {}),
      ...(article.issue ? { citation_issue: String(article.issue.number) } : {}),
    },
  };
}, {});

export default async function ArticlePage({ params }: { params: Params }) {
  const { slug } = await params;
  const article = await getArticle(slug);
  if (!article) {
    // An old slug keeps working for good: links in feeds, search engines and other sites follow it (308).
    const moved = await getArticleRedirect(slug);
    if (moved && isSitePath(moved)) permanentRedirect(moved);
    notFound();
  }
  const [issue, related] = await Promise.all([
    article.issue?.volume ? getIssue(article.issue.volume.number, article.issue.number) : null,
    getRelatedArticles(article),
  ]);
  const published = article.firstPublishedAt ?? article.publishedAt;
  const readingTime = readingTimeLabel(article.readingTimeMinutes);

  const url = new URL(sitePaths.article(article.slug), env.SITE_URL).toString();
  return (
    <article className="article">
      <JsonLd data={articleJsonLd(SITE, article)} />
      <header className="article-header">
        {article.section ? (
          <Link className="kicker" href={sitePaths.section(article.section.slug)}>
            {article.section.name}
          </Link>
        ) : null}
        <h1>{article.title}</h1>
        <p className="dek">{article.dek}</p>
        <p className="meta">
          <Byline authors={article.authors} withRoles />
        </p>
        <p className="meta">
          {article.issue?.volume ? (
            <Link href={sitePaths.issue(article.issue.volume.number, article.issue.number)}>
              {issueLine({ ...article.issue, volume: article.issue.volume })}
            </Link>
          ) : null}
          <span className="meta-sep"> · </span>
          <time dateTime={published}>{formatDay(published)}</time>
          {wasUpdated(article) ? (
            <>
              <span className="meta-sep"> · Updated </span>
              <time dateTime={article.updatedAt}>{formatDay(article.updatedAt)}</time>
            </>
          ) : null}
          {readingTime ? <span className="meta-sep"> · {readingTime}</span> : null}
        </p>
      </header>

      {article.cover ? <Figure figure={article.cover} sizes="(min-width: 960px) 60rem, 100vw" priority className="article-cover" /> : null}

      <div className="article-body">
        <Blocks blocks={article.body} />
      </div>

      <ArticleTopics tags={article.tags} />

      <AuthorBox authors={article.authors} />

      {article.citations.length ? (
        <section className="sources" aria-labelledby="sources-title">
          <h2 id="sources-title" className="label">
            Sources
          </h2>
          <ol>
            {article.citations.map((citation, index) => (
              <li key={index}>
                {citation.source ? <Link href={sitePaths.source(citation.source.slug)}>{citation.source.name}</Link> : null}
                {citation.pageTitle ? (
                  <>
                    {citation.source ? ': ' : null}
                    {citation.url ? (
                      <a href={citation.url} rel="noopener noreferrer">
                        “{citation.pageTitle}”
                      </a>
                    ) : (
                      <>“{citation.pageTitle}”</>
                    )}
                  </>
                ) : citation.url ? (
                  <>
                    {' '}
                    —{' '}
                    <a href={citation.url} rel="noopener noreferrer">
                      {citation.url}
                    </a>
                  </>
                ) : null}
                {citation.accessedOn ? <span className="accessed"> (accessed {formatDay(citation.accessedOn)})</span> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <CiteThis
        article={{
          title: article.title,
          authors: article.authors,
          publication: env.PUBLICATION_NAME,
          volume: article.issue?.volume?.number ?? null,
          issue: article.issue?.number ?? null,
          publishedAt: published,
          url,
        }}
      />

      {issue ? <IssueNeighbours articles={issue.articles} current={article.slug} /> : null}

      {related.length ? (
        <section className="related" aria-labelledby="related-title">
          <h2 id="related-title" className="section-title">
            Related
          </h2>
          <div className="related-grid">
            {related.map((item) => (
              <ArticleCard key={item.slug} article={item} layout="thumbnail" imageSizes="(min-width: 760px) 23rem, 8rem" />
            ))}
          </div>
        </section>
      ) : null}
    </article>
  );
}

/** An edit more than a day after first publication is worth telling readers about. */
function wasUpdated(article: Article): boolean {
  if (!article.firstPublishedAt) return false;
  return Date.parse(article.updatedAt) - Date.parse(article.firstPublishedAt) > 24 * 60 * 60 * 1000;
}

function IssueNeighbours({ articles, current }: { articles: TocEntry[]; current: string }) {
  const index = articles.findIndex((article) => article.slug === current);
  const previous = index > 0 ? articles[index - 1] : null;
  const next = index >= 0 && index < articles.length - 1 ? articles[index + 1] : null;
  if (!previous && !next) return null;
  return (
    <nav className="neighbours" aria-label="More in this issue">
      {previous ? (
        <Link href={sitePaths.article(previous.slug)} rel="prev">
          <span className="label">Previous in this issue</span>
          <span>{previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={sitePaths.article(next.slug)} rel="next" className="next">
          <span className="label">Next in this issue</span>
          <span>{next.title}</span>
        </Link>
      ) : null}
    </nav>
  );
}
