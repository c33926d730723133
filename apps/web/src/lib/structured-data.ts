import type { Article, Author, Figure, Issue, Volume } from '@masthead/client';
import { sitePaths } from '@masthead/client/site-paths';

/**
 * schema.org descriptions of the site's pages, in one place so an article, its issue and its authors describe the
 * same periodical the same way: Periodical ⊃ PublicationVolume ⊃ PublicationIssue ⊃ NewsArticle, by Person.
 */
export interface SiteInfo {
  /** The site's public origin, e.g. https://ledger.example.org */
  siteUrl: string;
  publicationName: string;
  /** Absolute URL of an image (media from the CMS). */
  mediaUrl: (media: { url: string }) => string;
}

type JsonObject = Record<string, unknown>;

const absolute = (site: SiteInfo, path: string) => new URL(path, site.siteUrl).toString();

function periodical(site: SiteInfo): JsonObject {
  return { '@type': 'Periodical', name: site.publicationName, url: site.siteUrl };
}

function volumeNode(site: SiteInfo, volume: { number: number; startYear: number; endYear: number | null }): JsonObject {
  return {
    '@type': 'PublicationVolume',
    volumeNumber: String(volume.number),
    datePublished: String(volume.startYear),
    isPartOf: periodical(site),
  };
}

function issueNode(site: SiteInfo, issue: { number: number; coverDate: string; volume: Parameters<typeof volumeNode>[1] }): JsonObject {
  return {
    '@type': 'PublicationIssue',
    issueNumber: String(issue.number),
    datePublished: issue.coverDate,
    url: absolute(site, sitePaths.issue(issue.volume.number, issue.number)),
    isPartOf: volumeNode(site, issue.volume),
  };
}

function personNode(site: SiteInfo, author: { name: string; slug: string; role: string | null }): JsonObject {
  return { '@type': 'Person', name: author.name, jobTitle: author.role ?? undefined, url: absolute(site, sitePaths.author(author.slug)) };
}

/** A figure as schema.org's ImageObject, with the credit search engines show beside the image (`creditText`). */
function imageNode(site: SiteInfo, figure: Figure): JsonObject {
  return {
    '@type': 'ImageObject',
    url: site.mediaUrl(figure.image),
    caption: figure.caption ?? undefined,
    creditText: figure.credit ?? undefined,
  };
}

export function articleJsonLd(site: SiteInfo, article: Article): JsonObject {
  const url = absolute(site, sitePaths.article(article.slug));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.dek,
    url,
    mainEntityOfPage: url,
    datePublished: article.firstPublishedAt ?? article.publishedAt,
    dateModified: article.updatedAt,
    image: article.cover ? [imageNode(site, article.cover)] : undefined,
    articleSection: article.section?.name,
    keywords: article.tags.length ? article.tags.map((tag) => tag.name).join(', ') : undefined,
    author: article.authors.map((author) => personNode(site, author)),
    publisher: { '@type': 'Organization', name: site.publicationName, url: site.siteUrl },
    isPartOf: article.issue?.volume ? issueNode(site, { ...article.issue, volume: article.issue.volume }) : periodical(site),
    citation: article.citations.flatMap((citation) =>
      citation.url ? [{ '@type': 'CreativeWork', url: citation.url, name: citation.pageTitle ?? citation.source?.name }] : [],
    ),
  };
}

export function issueJsonLd(site: SiteInfo, issue: Issue): JsonObject {
  return {
    '@context': 'https://schema.org',
    ...issueNode(site, issue),
    name: issue.title ?? undefined,
    image: issue.cover ? imageNode(site, issue.cover) : undefined,
    hasPart: issue.articles.map((article) => ({
      '@type': 'NewsArticle',
      headline: article.title,
      url: absolute(site, sitePaths.article(article.slug)),
      author: article.authors.map((author) => personNode(site, author)),
    })),
  };
}

export function archiveJsonLd(site: SiteInfo, volumes: Volume[]): JsonObject {
  return {
    '@context': 'https://schema.org',
    ...periodical(site),
    hasPart: volumes.map((volume) => ({
      ...volumeNode(site, volume),
      isPartOf: undefined,
      hasPart: volume.issues.map((issue) => ({
        '@type': 'PublicationIssue',
        issueNumber: String(issue.number),
        datePublished: issue.coverDate,
        url: absolute(site, sitePaths.issue(volume.number, issue.number)),
      })),
    })),
  };
}

/** An author's page: Google's recommended ProfilePage around the Person. */
export function authorJsonLd(site: SiteInfo, author: Author): JsonObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: absolute(site, sitePaths.author(author.slug)),
    mainEntity: {
      ...personNode(site, author),
      description: author.bio ?? undefined,
      image: author.avatar ? site.mediaUrl(author.avatar) : undefined,
      affiliation: { '@type': 'Organization', name: site.publicationName, url: site.siteUrl },
    },
  };
}
