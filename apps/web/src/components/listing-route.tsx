import type { ArticleListItem, Page } from '@masthead/client';
import { sitePaths } from '@masthead/client/site-paths';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { getAuthor, getSource, listArticles, listSections, listTags, mediaUrl, PAGE_SIZE } from '@/lib/cms';
import { resilientMetadata } from '@/lib/resilient-metadata';
import { SITE } from '@/lib/site';
import { authorJsonLd } from '@/lib/structured-data';
import { ArticleListPage } from './article-list-page';
import { CitedPages } from './cited-pages';
import { JsonLd } from './json-ld';

/**
 * The pages that list one author's, source's, section's or tag's articles, at `/<kind>s/<slug>` and
 * `/<kind>s/<slug>/page/<n>`. Pagination lives in the path, not in `?page=`, so every page stays static (ISR).
 */
export type ListingKind = 'author' | 'source' | 'section' | 'tag';

interface Listing {
  eyebrow: string;
  title: string;
  /** The page's meta description: what the CMS says about the subject, or a sentence naming it. */
  description: string;
  /** Off on a section's page, where every kicker would repeat its title. */
  showSection?: boolean;
  intro?: ReactNode;
  articles: Page<ArticleListItem>;
  /** A line under each card about the article in this list. */
  noteFor?: (article: ArticleListItem) => ReactNode;
  /** schema.org data for the page, where the listing is about one thing (an author). */
  structuredData?: Record<string, unknown>;
}

type Params = Promise<{ slug: string; page?: string }>;

/** Looks a section or tag up by slug (both lists are short and cached). */
export async function findTerm(kind: 'section' | 'tag', slug: string) {
  const terms = kind === 'section' ? await listSections() : await listTags();
  return terms.find((term) => term.slug === slug) ?? null;
}

async function loadListing(kind: ListingKind, slug: string, page: number): Promise<Listing | null> {
  switch (kind) {
    case 'author': {
      const author = await getAuthor(slug, page);
      if (!author) return null;
      const eyebrow = [author.role, author.classYear ? `Class of ${author.classYear}` : null].filter(Boolean).join(' · ');
      return {
        eyebrow: eyebrow || 'Author',
        title: author.name,
        description: author.bio ?? `Articles by ${author.name}${author.role ? `, ${author.role},` : ''} in ${SITE.publicationName}.`,
        intro: (
          <>
            {author.avatar ? (
              // eslint-disable-next-line @next/next/no-img-element -- small portrait, CMS rendition; the name is the heading
              <img
                className="author-portrait"
                src={mediaUrl(author.avatar.formats?.small ?? author.avatar)}
                alt=""
                width={112}
                height={112}
              />
            ) : null}
            {author.bio ? <p className="dek">{author.bio}</p> : null}
          </>
        ),
        articles: author.articles,
        structuredData: authorJsonLd(SITE, author),
      };
    }
    case 'source': {
      const source = await getSource(slug, page);
      if (!source) return null;
      const intro = (
        <>
          {source.description ? <p className="dek">{source.description}</p> : null}
          {source.homepageUrl ? (
            <p className="meta">
              <a href={source.homepageUrl} rel="noopener noreferrer">
                {source.homepageUrl.replace(/^https?:\/\//, '').replace(/\/$/, '')}
              </a>
            </p>
          ) : null}
        </>
      );
      return {
        eyebrow: 'Cited source',
        title: source.name,
        description: `Every ${SITE.publicationName} article that cites ${source.name}, with the pages cited and when they were read.`,
        intro,
        articles: source.articles,
        noteFor: (article) => <CitedPages citations={article.citations} source={source.slug} />,
      };
    }
    case 'section':
    case 'tag': {
      const term = await findTerm(kind, slug);
      if (!term) return null;
      const articles = await listArticles({ [kind]: slug, page, pageSize: PAGE_SIZE });
      const description = 'description' in term && typeof term.description === 'string' ? term.description : null;
      return {
        eyebrow: kind === 'section' ? 'Section' : 'Topic',
        title: term.name,
        description:
          description ??
          (kind === 'section'
            ? `${term.name}: every article in the section, newest first, from ${SITE.publicationName}.`
            : `Every ${SITE.publicationName} article on ${term.name}, newest first.`),
        showSection: kind !== 'section',
        intro: description ? <p className="dek">{description}</p> : undefined,
        articles,
      };
    }
  }
}

/** Only plain positive integers are page numbers; page 1 lives at the bare path. */
function pageNumber(raw: string | undefined): number | null {
  if (raw === undefined) return 1;
  return /^[1-9]\d{0,4}$/.test(raw) && raw !== '1' ? Number(raw) : null;
}

async function load(kind: ListingKind, params: Params) {
  const { slug, page: raw } = await params;
  const page = pageNumber(raw);
  const listing = page ? await loadListing(kind, slug, page) : null;
  if (!listing || (page! > 1 && listing.articles.items.length === 0)) return null;
  return { slug, page: page!, listing };
}

export function listingRoute(kind: ListingKind) {
  const basePath = sitePaths[kind];
  return {
    generateMetadata: resilientMetadata(async ({ params }: { params: Params }): Promise<Metadata> => {
      const loaded = await load(kind, params);
      if (!loaded) return {};
      const { listing, slug, page } = loaded;
      const title = kind === 'source' ? `Articles citing ${listing.title}` : listing.title;
      return {
        title: page > 1 ? `${title} (page ${page})` : title,
        description: listing.description,
        alternates: { canonical: sitePaths.listingPage(basePath(slug), page) },
      };
    }, {}),
    async Page({ params }: { params: Params }) {
      const loaded = await load(kind, params);
      if (!loaded) notFound();
      const { structuredData, eyebrow, title, intro, articles, noteFor, showSection } = loaded.listing;
      return (
        <>
          {structuredData ? <JsonLd data={structuredData} /> : null}
          <ArticleListPage
            eyebrow={eyebrow}
            title={title}
            intro={intro}
            articles={articles}
            noteFor={noteFor}
            showSection={showSection}
            basePath={basePath(loaded.slug)}
          />
        </>
      );
    },
  };
}
