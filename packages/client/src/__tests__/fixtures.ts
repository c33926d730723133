/** Responses shaped exactly as the CMS's populate policies return them (the contract test checks the real thing). */
export const image = {
  id: 7,
  documentId: 'img1',
  url: '/uploads/cover_abc.jpg',
  alternativeText: 'Students outside the town hall',
  width: 1600,
  height: 1000,
  mime: 'image/jpeg',
  formats: { small: { url: '/uploads/small_cover_abc.jpg', width: 500, height: 313, mime: 'image/jpeg' } },
};

export const figure = {
  id: 3,
  image,
  alt: 'Students outside the town hall',
  caption: 'Students rally for later library hours.',
  credit: 'Ada Quill / The Heron',
};

const volumeRef = { id: 2, documentId: 'vol19', number: 19, startYear: 2024, endYear: 2025, title: null };

export const articleListItem = {
  id: 11,
  documentId: 'art1',
  title: 'Night buses return',
  slug: 'night-buses-return',
  dek: 'The council restores the 11 pm route.',
  position: 1,
  readingTimeMinutes: 3,
  firstPublishedAt: '2025-01-02T13:00:00.000Z',
  publishedAt: '2025-01-02T13:00:00.000Z',
  updatedAt: '2025-01-03T09:30:00.000Z',
  authors: [
    {
      id: 1,
      documentId: 'au1',
      name: 'Ada Quill',
      slug: 'ada-quill',
      role: 'Staff Writer',
      bio: 'Covers the school board.',
      avatar: image,
    },
    { id: 2, documentId: 'au2', name: 'Ben Ortiz', slug: 'ben-ortiz', role: null, bio: null, avatar: null },
  ],
  issue: { id: 4, documentId: 'iss3', number: 3, coverDate: '2025-01-01', title: 'Winter', volume: volumeRef },
  section: { id: 1, documentId: 'sec1', name: 'Campus', slug: 'campus' },
  tags: [{ id: 1, documentId: 'tag1', name: 'transit', slug: 'transit' }],
  cover: figure,
  citations: [
    {
      id: 1,
      source: { id: 1, documentId: 'src1', name: 'BBC', slug: 'bbc', homepageUrl: 'https://www.bbc.com' },
      url: 'https://www.bbc.com/news/x',
      pageTitle: 'Buses',
      accessedOn: '2024-12-20',
    },
    { id: 2, source: null, url: null, pageTitle: null, accessedOn: null },
  ],
};

export const article = {
  ...articleListItem,
  body: [
    { type: 'heading', level: 2, children: [{ type: 'text', text: 'Back on the road' }] },
    {
      type: 'paragraph',
      children: [
        { type: 'text', text: 'The ' },
        { type: 'text', text: '11 pm', bold: true },
        { type: 'link', url: 'https://example.org', rel: 'noopener', target: '_blank', children: [{ type: 'text', text: ' route' }] },
      ],
    },
    { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'one' }] }] },
    { type: 'quote', children: [{ type: 'text', text: 'Finally.' }] },
  ],
};

/** An article as the issue populate policy returns it in a table of contents. */
function tocEntryOf(item: typeof articleListItem) {
  const { id, documentId, title, slug, dek, position, readingTimeMinutes, firstPublishedAt, section } = item;
  const authors = item.authors.map(({ avatar: _avatar, bio: _bio, ...byline }) => byline);
  return { id, documentId, title, slug, dek, position, readingTimeMinutes, firstPublishedAt, authors, section, cover: null };
}

export const issue = {
  id: 4,
  documentId: 'iss3',
  label: 'Volume 19, Issue 3 · January 2025',
  number: 3,
  coverDate: '2025-01-01',
  title: 'Winter',
  cover: figure,
  editorsNote: [{ type: 'paragraph', children: [{ type: 'text', text: 'Welcome back.' }] }],
  volume: volumeRef,
  articles: [tocEntryOf(articleListItem)],
  publishedAt: '2025-01-01T08:00:00.000Z',
  updatedAt: '2025-01-01T08:00:00.000Z',
  createdAt: '2024-12-01T08:00:00.000Z',
  locale: null,
};

export const pagination = (total: number, page = 1, pageSize = 20) => ({
  pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total },
});

export const list = <T>(data: T[], meta = pagination(data.length)) => ({ data, meta });
