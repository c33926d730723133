import { createClient } from '../client';
import { CmsHttpError, CmsValidationError } from '../errors';
import { fakeFetch, noSleep, queryOf } from './fake-fetch';
import { article, articleListItem, issue, list, pagination } from './fixtures';

const BASE = 'http://cms.test/';

function clientAnswering(...bodies: unknown[]) {
  const fake = fakeFetch(...bodies.map((body) => ({ body })));
  return { ...fake, cms: createClient({ baseUrl: BASE, fetch: fake.fetch, sleep: noSleep }) };
}

/** What every single-document lookup adds: one result, and no count query on the CMS. */
const ONE = '&pagination[pageSize]=1&pagination[withCount]=false';

const noFacets = { section: [], author: [], volume: [], year: [] };

describe('the requests each function sends', () => {
  it.each([
    [
      'getArticle',
      (c: ReturnType<typeof createClient>) => c.getArticle('night-buses'),
      '/api/articles',
      `filters[slug][$eq]=night-buses${ONE}`,
    ],
    [
      'getIssue',
      (c: ReturnType<typeof createClient>) => c.getIssue(19, 4),
      '/api/issues',
      `filters[number][$eq]=4&filters[volume][number][$eq]=19${ONE}`,
    ],
    [
      'getLatestIssue',
      (c: ReturnType<typeof createClient>) => c.getLatestIssue(),
      '/api/issues',
      `sort[0]=coverDate:desc&sort[1]=number:desc${ONE}`,
    ],
    ['getVolume', (c: ReturnType<typeof createClient>) => c.getVolume(19), '/api/volumes', `filters[number][$eq]=19${ONE}`],
    [
      'listVolumes',
      (c: ReturnType<typeof createClient>) => c.listVolumes(),
      '/api/volumes',
      'sort[0]=number:desc&pagination[page]=1&pagination[pageSize]=100',
    ],
    [
      'listAuthors',
      (c: ReturnType<typeof createClient>) => c.listAuthors(),
      '/api/authors',
      'sort[0]=name:asc&pagination[page]=1&pagination[pageSize]=100',
    ],
    [
      'listSources',
      (c: ReturnType<typeof createClient>) => c.listSources(),
      '/api/sources',
      'sort[0]=name:asc&pagination[page]=1&pagination[pageSize]=100',
    ],
    [
      'listSections',
      (c: ReturnType<typeof createClient>) => c.listSections(),
      '/api/sections',
      'sort[0]=position:asc&sort[1]=name:asc&pagination[page]=1&pagination[pageSize]=100',
    ],
    [
      'listTags',
      (c: ReturnType<typeof createClient>) => c.listTags(),
      '/api/tags',
      'sort[0]=name:asc&pagination[page]=1&pagination[pageSize]=100',
    ],
    [
      'getRedirect',
      (c: ReturnType<typeof createClient>) => c.getRedirect('/articles/old'),
      '/api/redirects',
      `filters[from][$eq]=/articles/old${ONE}`,
    ],
  ])('%s GETs %s with the right query', async (_name, call, path, query) => {
    const { cms, urls } = clientAnswering(list([]));
    await call(cms);
    expect(urls).toHaveLength(1);
    expect(urls[0].startsWith(`http://cms.test${path}?`)).toBe(true);
    expect(queryOf(urls[0])).toBe(query);
  });

  it('listArticles encodes every filter, the sort and the page, and never asks for bodies', async () => {
    const { cms, urls } = clientAnswering(list([]));
    await cms.listArticles({
      section: 'opinion',
      tag: 'budget',
      author: 'ada-quill',
      source: 'bbc',
      issue: { volume: 19, number: 4 },
      sort: 'oldest',
      page: 3,
      pageSize: 10,
    });
    expect(queryOf(urls[0])).toBe(
      [
        'filters[section][slug][$eq]=opinion',
        'filters[tags][slug][$eq]=budget',
        'filters[authors][slug][$eq]=ada-quill',
        'filters[citations][source][slug][$eq]=bbc',
        'filters[issue][number][$eq]=4',
        'filters[issue][volume][number][$eq]=19',
        'fields[0]=title&fields[1]=slug&fields[2]=dek&fields[3]=position&fields[4]=readingTimeMinutes',
        'fields[5]=firstPublishedAt&fields[6]=publishedAt&fields[7]=updatedAt',
        'sort[0]=firstPublishedAt:asc&sort[1]=title:asc',
        'pagination[page]=3&pagination[pageSize]=10',
      ].join('&'),
    );
  });

  it('getPublication GETs /api/publication with no query and returns its settings', async () => {
    const settings = {
      documentId: 'pub',
      about: [{ type: 'paragraph', children: [{ type: 'text', text: 'The student newspaper.' }] }],
      contactEmail: 'ledger@example.org',
      parentOrganization: 'Northfield High School',
      parentOrganizationUrl: 'https://northfield.example.org',
      icon: null,
      updatedAt: '2025-01-01T07:00:00.000Z',
    };
    const { cms, urls } = clientAnswering({ data: { id: 1, ...settings }, meta: {} });
    await expect(cms.getPublication()).resolves.toEqual(settings);
    expect(urls).toEqual(['http://cms.test/api/publication']);
  });

  it('searchArticles sends the query, its filters and the page to /api/search', async () => {
    const { cms, urls } = clientAnswering({
      data: [],
      meta: { ...pagination(0), terms: ['night', 'buses'], facets: noFacets, suggestion: null },
    });
    await cms.searchArticles({
      query: 'Night "buses" & co',
      section: 'campus',
      author: 'ada-quill',
      volume: 19,
      year: 2025,
      page: 2,
      pageSize: 5,
    });
    expect(urls[0].startsWith('http://cms.test/api/search?')).toBe(true);
    expect(queryOf(urls[0])).toBe('q=Night "buses" & co&section=campus&author=ada-quill&volume=19&year=2025&page=2&pageSize=5');
  });

  it('searchArticles asks for newest first only when asked, and leaves the default order out of the URL', async () => {
    const { cms, urls } = clientAnswering({ data: [], meta: { ...pagination(0), terms: ['buses'], facets: noFacets, suggestion: null } });
    await cms.searchArticles({ query: 'buses', sort: 'newest' });
    await cms.searchArticles({ query: 'buses', sort: 'relevance' });
    expect(urls.map(queryOf)).toEqual(['q=buses&page=1&pageSize=10&sort=newest', 'q=buses&page=1&pageSize=10']);
  });

  it('asks for drafts on every call when created for previews', async () => {
    const fake = fakeFetch({ body: list([]) });
    const cms = createClient({ baseUrl: BASE, token: 'preview-token', status: 'draft', fetch: fake.fetch });
    await cms.getArticle('night-buses');
    expect(queryOf(fake.urls[0])).toBe(`filters[slug][$eq]=night-buses${ONE}&status=draft`);
  });

  it('shows a never-published draft as published at its last edit', async () => {
    const draft = { ...article, publishedAt: null, firstPublishedAt: null };
    const fake = fakeFetch({ body: list([draft]) });
    const cms = createClient({ baseUrl: BASE, token: 'preview-token', status: 'draft', fetch: fake.fetch });
    expect((await cms.getArticle('night-buses'))?.publishedAt).toBe(article.updatedAt);
  });

  it('caps the page size at the CMS maximum of 100', async () => {
    const { cms, urls } = clientAnswering(list([]));
    await cms.listArticles({ pageSize: 500 });
    expect(queryOf(urls[0])).toContain('pagination[pageSize]=100');
  });

  it('sends the API token and merges per-call fetch options such as Next.js cache tags', async () => {
    const fake = fakeFetch({ body: list([]) });
    const cms = createClient({
      baseUrl: BASE,
      token: 'secret-token',
      fetch: fake.fetch,
      requestInit: { cache: 'force-cache', headers: { 'X-App': 'web' } },
    });
    await cms.getArticle('x', { requestInit: { next: { tags: ['article:x'] } } });
    const init = fake.inits[0] as RequestInit & { next?: unknown };
    expect(init.next).toEqual({ tags: ['article:x'] });
    expect(init.cache).toBe('force-cache');
    const headers = new Headers(init.headers);
    expect(headers.get('authorization')).toBe('Bearer secret-token');
    expect(headers.get('x-app')).toBe('web');
    expect(headers.get('accept')).toBe('application/json');
  });
});

describe('results', () => {
  it('are null when nothing matches', async () => {
    const { cms } = clientAnswering(list([]));
    await expect(cms.getArticle('missing')).resolves.toBeNull();
  });

  it('are plain objects stripped of fields the client does not promise', async () => {
    const { cms } = clientAnswering(list([issue]));
    const result = await cms.getIssue(19, 3);
    expect(result).not.toHaveProperty('id');
    expect(result).not.toHaveProperty('createdAt');
    expect(result).not.toHaveProperty('locale');
    expect(result?.articles[0].authors[0]).toEqual({ documentId: 'au1', name: 'Ada Quill', slug: 'ada-quill', role: 'Staff Writer' });
  });

  it('keep the body of an article and its sources in order', async () => {
    const { cms } = clientAnswering(list([article]));
    const result = await cms.getArticle('night-buses-return');
    expect(result?.body.map((block) => block.type)).toEqual(['heading', 'paragraph', 'list', 'quote']);
    expect(result?.citations.map((citation) => citation.source?.slug ?? null)).toEqual(['bbc', null]);
  });

  it('page through a list with listArticles and its meta.pagination', async () => {
    const { cms } = clientAnswering(list([articleListItem], pagination(41, 2, 20)));
    const page = await cms.listArticles({ page: 2 });
    expect(page.pagination).toEqual({ page: 2, pageSize: 20, pageCount: 3, total: 41, totalIsExact: true });
    expect(page.items).toHaveLength(1);
  });

  it('of a search carry marked headlines and excerpts, the pagination, the terms and the facets', async () => {
    const excerpt = [
      { text: '…the ', highlight: false },
      { text: 'night', highlight: true },
      { text: ' buses return…', highlight: false },
    ];
    const found = { ...articleListItem, headline: [{ text: articleListItem.title, highlight: false }], excerpt };
    const facets = { ...noFacets, year: [{ value: '2025', label: '2025', count: 11 }] };
    const suggestion = null;
    const { cms } = clientAnswering({ data: [found], meta: { ...pagination(11, 2, 10), terms: ['night'], facets, suggestion } });
    const page = await cms.searchArticles({ query: 'Night', page: 2 });
    expect(page.items.map((item) => item.excerpt)).toEqual([excerpt]);
    expect(page.pagination).toEqual({ page: 2, pageSize: 10, pageCount: 2, total: 11, totalIsExact: true });
    expect(page.terms).toEqual(['night']);
    expect(page.facets).toEqual(facets);
    expect(page.suggestion).toBeNull();
  });

  it('of a search that found nothing carry the suggested spelling', async () => {
    const meta = { ...pagination(0), terms: ['nite'], facets: noFacets, suggestion: { query: 'night', total: 4 } };
    const { cms } = clientAnswering({ data: [], meta });
    await expect(cms.searchArticles({ query: 'nite' })).resolves.toMatchObject({ suggestion: { query: 'night', total: 4 } });
  });

  it.each([
    ['without an excerpt field', { headline: [] }, /data\[0\]\.excerpt/],
    ['with an excerpt as a string of HTML', { headline: [], excerpt: '<mark>night</mark>' }, /data\[0\]\.excerpt/],
    ['without facets', null, /meta\.facets/],
  ])('of a search are rejected %s', async (_case, fields, message) => {
    const meta = { ...pagination(1), terms: ['x'], suggestion: null, ...(fields ? { facets: noFacets } : {}) };
    const { cms } = clientAnswering({ data: [{ ...articleListItem, ...(fields ?? { headline: [], excerpt: null }) }], meta });
    await expect(cms.searchArticles({ query: 'x' })).rejects.toThrow(message);
  });

  it('iterate over every page with iterateArticles', async () => {
    const second = { ...articleListItem, documentId: 'art2', slug: 'second' };
    const third = { ...articleListItem, documentId: 'art3', slug: 'third' };
    const { cms, urls } = clientAnswering(
      list([articleListItem], pagination(3, 1, 1)),
      list([second], pagination(3, 2, 1)),
      list([third], pagination(3, 3, 1)),
    );
    const slugs: string[] = [];
    for await (const item of cms.iterateArticles({ pageSize: 1 })) slugs.push(item.slug);
    expect(slugs).toEqual(['night-buses-return', 'second', 'third']);
    expect(urls.map((url) => /pagination\[page\]=(\d+)/.exec(decodeURIComponent(url))?.[1])).toEqual(['1', '2', '3']);
  });

  it('iterate past a page count that is only a lower bound, as the CMS answers when it stopped counting', async () => {
    const items = ['a', 'b', 'c'].map((slug) => ({ ...articleListItem, documentId: slug, slug }));
    // A bound of one row past each page's first row: pages 1 and 2 read "at least", the last one is exact.
    const inexact = (page: number) => ({ pagination: { page, pageSize: 1, pageCount: page + 1, total: page + 1, totalIsExact: false } });
    const { cms, urls } = clientAnswering(
      list([items[0]], inexact(1)),
      list([items[1]], inexact(2)),
      list([items[2]], pagination(3, 3, 1)),
    );
    const slugs: string[] = [];
    for await (const item of cms.iterateArticles({ pageSize: 1 })) slugs.push(item.slug);
    expect(slugs).toEqual(['a', 'b', 'c']);
    expect(urls).toHaveLength(3);
    const page = await clientAnswering(list([items[0]], inexact(1))).cms.listArticles({ pageSize: 1 });
    expect(page.pagination.totalIsExact).toBe(false);
  });

  it('read every page for list functions that return everything', async () => {
    const volume = { documentId: 'v', number: 1, startYear: 2000, endYear: null, title: null, description: null, issues: [] };
    const { cms, urls } = clientAnswering(
      list([volume], pagination(150, 1, 100)),
      list([{ ...volume, number: 2 }], pagination(150, 2, 100)),
    );
    expect((await cms.listVolumes()).map((v) => v.number)).toEqual([1, 2]);
    expect(urls).toHaveLength(2);
  });

  it('return an author with a page of their articles', async () => {
    const author = {
      documentId: 'au1',
      name: 'Ada Quill',
      slug: 'ada-quill',
      role: null,
      bio: null,
      classYear: 2026,
      avatar: null,
      email: 'leak@example.org',
    };
    const { cms, urls } = clientAnswering(list([author]), list([articleListItem]));
    const result = await cms.getAuthor('ada-quill', { pageSize: 5 });
    expect(result?.name).toBe('Ada Quill');
    expect(result).not.toHaveProperty('email');
    expect(result?.articles.items).toHaveLength(1);
    expect(queryOf(urls[1])).toContain('filters[authors][slug][$eq]=ada-quill');
    expect(queryOf(urls[1])).toContain('pagination[pageSize]=5');
  });

  it('skip the article lookup when the source does not exist', async () => {
    const { cms, urls } = clientAnswering(list([]));
    await expect(cms.getSource('nobody')).resolves.toBeNull();
    expect(urls).toHaveLength(1);
  });
});

describe('mediaUrl', () => {
  const cms = createClient({ baseUrl: 'https://cms.example.org/', fetch: fakeFetch({ body: {} }).fetch });

  it('resolves upload paths against the CMS', () => {
    expect(cms.mediaUrl({ url: '/uploads/a.jpg' })).toBe('https://cms.example.org/uploads/a.jpg');
  });

  it('keeps absolute URLs from S3-compatible storage', () => {
    expect(cms.mediaUrl('https://bucket.example.net/a.jpg')).toBe('https://bucket.example.net/a.jpg');
  });
});

describe('the default fetch', () => {
  it('is the global fetch at the time of each call, not at creation (Next.js replaces it with its caching fetch)', async () => {
    const original = globalThis.fetch;
    const cms = createClient({ baseUrl: BASE, sleep: noSleep });
    const replaced = fakeFetch({ body: list([]) });
    globalThis.fetch = replaced.fetch;
    try {
      await cms.listTags();
    } finally {
      globalThis.fetch = original;
    }
    expect(replaced.urls).toHaveLength(1);
  });
});

describe('a refused request', () => {
  it('is a CmsValidationError naming each refused parameter, still a CmsHttpError with its status', async () => {
    const body = {
      data: null,
      error: {
        status: 400,
        name: 'ValidationError',
        message: 'Invalid search: q needs at least one letter or digit.',
        details: { parameter: 'q', issues: [{ parameter: 'q', message: 'needs at least one letter or digit' }] },
      },
    };
    const fake = fakeFetch({ status: 400, body });
    const cms = createClient({ baseUrl: BASE, fetch: fake.fetch, sleep: noSleep });
    const error = await cms.searchArticles({ query: '?!' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CmsValidationError);
    expect(error).toBeInstanceOf(CmsHttpError);
    expect(error).toMatchObject({ status: 400, issues: [{ parameter: 'q', message: 'needs at least one letter or digit' }] });
    expect(fake.urls).toHaveLength(1); // never retried
  });

  it('names the one parameter of a contract refusal, and nothing for a body it cannot read', async () => {
    const contract = {
      error: {
        status: 400,
        name: 'ValidationError',
        message: 'filters[nope] is not a filter of articles.',
        details: { parameter: 'filters[nope]', allowed: ['slug'] },
      },
    };
    const named = createClient({ baseUrl: BASE, fetch: fakeFetch({ status: 400, body: contract }).fetch, sleep: noSleep });
    await expect(named.listTags()).rejects.toMatchObject({
      issues: [{ parameter: 'filters[nope]', message: 'filters[nope] is not a filter of articles.' }],
    });
    const unreadable = createClient({ baseUrl: BASE, fetch: fakeFetch({ status: 400, text: 'Bad Request' }).fetch, sleep: noSleep });
    await expect(unreadable.listTags()).rejects.toMatchObject({ issues: [] });
  });
});
