import { articleSchema, authorSchema, issueSchema, volumeSchema, type Article } from '@masthead/client';
import { archiveJsonLd, articleJsonLd, authorJsonLd, issueJsonLd, type SiteInfo } from '../structured-data';

const site: SiteInfo = {
  siteUrl: 'https://ledger.example.org',
  publicationName: 'The Ledger',
  mediaUrl: (media) => new URL(media.url, 'https://cms.example.org').toString(),
};

const image = {
  documentId: 'img1',
  url: '/uploads/cover.jpg',
  alternativeText: null,
  width: 1600,
  height: 1000,
  mime: 'image/jpeg',
  formats: null,
};
const volume = { documentId: 'vol19', number: 19, startYear: 2024, endYear: 2025, title: null };
const author = {
  documentId: 'a1',
  name: 'Ada Quill',
  slug: 'ada-quill',
  role: 'Staff Writer',
  bio: 'Covers the school board.',
  classYear: 2026,
  avatar: image,
};
const article: Article = articleSchema.parse({
  documentId: 'art1',
  title: 'Night buses return',
  slug: 'night-buses-return',
  dek: 'Routes come back in March.',
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Body.' }] }],
  authors: [{ documentId: 'a1', name: 'Ada Quill', slug: 'ada-quill', role: 'Staff Writer', bio: null, avatar: null }],
  issue: { documentId: 'iss4', number: 4, coverDate: '2025-01-01', title: null, volume },
  position: 1,
  section: { documentId: 's1', name: 'Campus', slug: 'campus' },
  tags: [{ documentId: 't1', name: 'Transit', slug: 'transit' }],
  cover: { image, alt: 'A bus at night', caption: null, credit: 'Ada Quill / The Heron' },
  citations: [
    {
      source: { documentId: 'src1', name: 'BBC', slug: 'bbc', homepageUrl: 'https://www.bbc.com' },
      url: 'https://www.bbc.com/news/1',
      pageTitle: null,
      accessedOn: null,
    },
    { source: null, url: null, pageTitle: 'An interview', accessedOn: null },
  ],
  readingTimeMinutes: 3,
  firstPublishedAt: '2025-01-02T13:00:00.000Z',
  publishedAt: '2025-01-02T13:00:00.000Z',
  updatedAt: '2025-01-05T09:00:00.000Z',
});

/** What a crawler reads: the JSON as serialised into the page (undefined fields dropped). */
const serialised = (data: object) => JSON.parse(JSON.stringify(data));

describe('articleJsonLd', () => {
  const ld = serialised(articleJsonLd(site, article));

  it('describes a NewsArticle with absolute URLs, dates, image, section and keywords', () => {
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Night buses return',
      url: 'https://ledger.example.org/articles/night-buses-return',
      datePublished: '2025-01-02T13:00:00.000Z',
      dateModified: '2025-01-05T09:00:00.000Z',
      image: [{ '@type': 'ImageObject', url: 'https://cms.example.org/uploads/cover.jpg', creditText: 'Ada Quill / The Heron' }],
      articleSection: 'Campus',
      keywords: 'Transit',
    });
  });

  it('links the authors as Persons and nests the issue in its volume in the periodical', () => {
    expect(ld.author).toEqual([
      { '@type': 'Person', name: 'Ada Quill', jobTitle: 'Staff Writer', url: 'https://ledger.example.org/authors/ada-quill' },
    ]);
    expect(ld.isPartOf).toEqual({
      '@type': 'PublicationIssue',
      issueNumber: '4',
      datePublished: '2025-01-01',
      url: 'https://ledger.example.org/volumes/19/issues/4',
      isPartOf: {
        '@type': 'PublicationVolume',
        volumeNumber: '19',
        datePublished: '2024',
        isPartOf: { '@type': 'Periodical', name: 'The Ledger', url: 'https://ledger.example.org' },
      },
    });
  });

  it('cites only sources with a URL', () => {
    expect(ld.citation).toEqual([{ '@type': 'CreativeWork', url: 'https://www.bbc.com/news/1', name: 'BBC' }]);
  });

  it('falls back to the periodical for an article outside any issue', () => {
    expect(serialised(articleJsonLd(site, { ...article, issue: null })).isPartOf).toEqual({
      '@type': 'Periodical',
      name: 'The Ledger',
      url: 'https://ledger.example.org',
    });
  });
});

describe('issueJsonLd', () => {
  const issue = issueSchema.parse({
    documentId: 'iss4',
    label: null,
    number: 4,
    coverDate: '2025-01-01',
    title: 'Winter',
    cover: null,
    editorsNote: null,
    volume,
    articles: [
      {
        documentId: 'art1',
        title: 'Night buses return',
        slug: 'night-buses-return',
        dek: 'd',
        position: 1,
        readingTimeMinutes: 3,
        firstPublishedAt: null,
        authors: [{ documentId: 'a1', name: 'Ada Quill', slug: 'ada-quill', role: null }],
        section: null,
        cover: null,
      },
    ],
    publishedAt: '2025-01-02T13:00:00.000Z',
    updatedAt: '2025-01-02T13:00:00.000Z',
  });

  it('is a PublicationIssue in its volume whose parts are its articles', () => {
    const ld = serialised(issueJsonLd(site, issue));
    expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'PublicationIssue', issueNumber: '4', name: 'Winter' });
    expect(ld.isPartOf['@type']).toBe('PublicationVolume');
    expect(ld.hasPart).toEqual([
      {
        '@type': 'NewsArticle',
        headline: 'Night buses return',
        url: 'https://ledger.example.org/articles/night-buses-return',
        author: [{ '@type': 'Person', name: 'Ada Quill', url: 'https://ledger.example.org/authors/ada-quill' }],
      },
    ]);
  });
});

describe('archiveJsonLd', () => {
  it('is the Periodical with its volumes and their issues', () => {
    const volumes = [
      volumeSchema.parse({
        ...volume,
        description: null,
        issues: [{ documentId: 'iss4', number: 4, coverDate: '2025-01-01', title: null, cover: null }],
      }),
    ];
    const ld = serialised(archiveJsonLd(site, volumes));
    expect(ld['@type']).toBe('Periodical');
    expect(ld.hasPart).toEqual([
      {
        '@type': 'PublicationVolume',
        volumeNumber: '19',
        datePublished: '2024',
        hasPart: [
          {
            '@type': 'PublicationIssue',
            issueNumber: '4',
            datePublished: '2025-01-01',
            url: 'https://ledger.example.org/volumes/19/issues/4',
          },
        ],
      },
    ]);
  });
});

describe('authorJsonLd', () => {
  it('is a ProfilePage about the Person, with bio and portrait, and nothing private', () => {
    const ld = serialised(authorJsonLd(site, authorSchema.parse(author)));
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ProfilePage',
      url: 'https://ledger.example.org/authors/ada-quill',
      mainEntity: {
        '@type': 'Person',
        name: 'Ada Quill',
        jobTitle: 'Staff Writer',
        url: 'https://ledger.example.org/authors/ada-quill',
        description: 'Covers the school board.',
        image: 'https://cms.example.org/uploads/cover.jpg',
        affiliation: { '@type': 'Organization', name: 'The Ledger', url: 'https://ledger.example.org' },
      },
    });
  });
});
