import { parse } from 'qs';
import { createClient } from '../../client';
import { fakeFetch, noSleep } from '../../__tests__/fake-fetch';
import { list } from '../../__tests__/fixtures';
import { collectionOfPath, publicCollections, publicSingles, singleOfPath, type CollectionContract } from '../public-query';
import { PublicQueryError, validatePublicQuery, validateSingleQuery, withDefaultPageSize } from '../validate-query';

/** Strapi's own parser settings (@strapi/core's query middleware), so the tests see what the CMS sees. */
const parseQuery = (query: string) => parse(query, { strictNullHandling: true, arrayLimit: 100, depth: 20 }) as Record<string, unknown>;

function check(path: string, query: string): void {
  const single = singleOfPath(path);
  if (single) return validateSingleQuery(single, parseQuery(query));
  const route = collectionOfPath(path);
  if (!route) throw new Error(`${path} is not a public collection`);
  validatePublicQuery(route.collection, route.one ? 'one' : 'list', parseQuery(query));
}

function refusal(path: string, query: string): PublicQueryError {
  try {
    check(path, query);
  } catch (error) {
    if (error instanceof PublicQueryError) return error;
    throw error;
  }
  throw new Error(`${path}?${query} was accepted`);
}

describe('the queries @masthead/client sends', () => {
  const calls: Array<[string, (cms: ReturnType<typeof createClient>) => Promise<unknown>]> = [
    ['getArticle', (cms) => cms.getArticle('night-buses')],
    [
      'listArticles with every filter',
      (cms) =>
        cms.listArticles({
          section: 's',
          tag: 't',
          author: 'a',
          source: 'b',
          issue: { volume: 19, number: 4 },
          sort: 'oldest',
          page: 3,
          pageSize: 10,
        }),
    ],
    ['listArticles in issue order', (cms) => cms.listArticles({ sort: 'issue-order' })],
    ['listArticles by title', (cms) => cms.listArticles({ sort: 'title' })],
    ['getIssue', (cms) => cms.getIssue(19, 4)],
    ['getLatestIssue', (cms) => cms.getLatestIssue()],
    ['getVolume', (cms) => cms.getVolume(19)],
    ['listVolumes', (cms) => cms.listVolumes()],
    ['listAuthors', (cms) => cms.listAuthors()],
    ['getAuthor', (cms) => cms.getAuthor('ada')],
    ['listSources', (cms) => cms.listSources()],
    ['getSource', (cms) => cms.getSource('bbc')],
    ['listSections', (cms) => cms.listSections()],
    ['listTags', (cms) => cms.listTags()],
    ['getRedirect', (cms) => cms.getRedirect('/articles/old-slug')],
    ['getPublication', (cms) => cms.getPublication()],
  ];

  it.each(calls)('%s stays inside the public contract', async (_name, call) => {
    const item = { documentId: 'd', name: 'n', slug: 's' };
    const fake = fakeFetch({ body: list([item]) }, { body: list([]) });
    await call(createClient({ baseUrl: 'http://cms.test', fetch: fake.fetch, sleep: noSleep })).catch(() => undefined);
    expect(fake.urls.length).toBeGreaterThan(0);
    for (const url of fake.urls) {
      const { pathname, search } = new URL(url);
      expect(() => check(pathname, decodeURIComponent(search.slice(1)))).not.toThrow();
    }
  });
});

describe('accepted queries', () => {
  it.each([
    ['/api/articles', ''],
    ['/api/articles', 'filters[slug][$in][0]=a&filters[slug][$in][1]=b'],
    ['/api/articles', 'filters[firstPublishedAt][$gte]=2025-01-01&filters[firstPublishedAt][$lt]=2025-02-01T00:00:00Z'],
    ['/api/articles', 'filters[updatedAt][$gt]=2025-01-06T07:00:00.123%2B01:00&sort=updatedAt:asc,documentId:asc'],
    ['/api/articles', 'filters[issue][volume][number][$eq]=19&filters[issue][number][$in][0]=3&filters[issue][number][$in][1]=4'],
    ['/api/articles', 'pagination[start]=0&pagination[limit]=100&pagination[withCount]=false'],
    ['/api/articles', 'populate=*&status=published&fields=title,slug'],
    ['/api/articles/abc123', 'fields[0]=title&status=draft'],
    ['/api/issues', 'filters[coverDate][$lte]=2025-01-31&sort[0]=coverDate:DESC'],
    ['/api/volumes', 'filters[startYear][$gte]=2020'],
    ['/api/redirects', 'filters[from][$eq]=/articles/a b'],
  ])('%s?%s', (path, query) => {
    expect(() => check(path, query)).not.toThrow();
  });
});

describe('refused queries name the parameter and what is allowed', () => {
  it.each([
    ['an unknown parameter', '/api/articles', 'locale=fr', 'locale', /not a parameter of GET \/api\/articles; it takes filters, sort/],
    ['filters on a one-document read', '/api/articles/abc', 'filters[slug][$eq]=a', 'filters', /GET \/api\/articles\/\{documentId\}/],
    ['an undeclared attribute', '/api/articles', 'filters[title][$eq]=x', 'filters[title]', /title is not a filter of articles/],
    ['a private attribute', '/api/articles', 'filters[bodyText][$contains]=school', 'filters[bodyText]', /not a filter/],
    ['an admin user', '/api/articles', 'filters[createdBy][email][$startsWith]=a', 'filters[createdBy]', /not a filter/],
    [
      'a relation into drafts from a type without drafts',
      '/api/volumes',
      'filters[issues][title][$startsWith]=S',
      'filters[issues]',
      /not a filter of volumes/,
    ],
    ["an author's articles", '/api/authors', 'filters[articles][dek][$contains]=x', 'filters[articles]', /not a filter of authors/],
    [
      'an undeclared attribute of a relation',
      '/api/articles',
      'filters[issue][title][$eq]=x',
      'filters[issue][title]',
      /issue.title is not a filter/,
    ],
    ['a relation without attribute', '/api/articles', 'filters[issue][$eq]=1', 'filters[issue][$eq]', /issue is not a filter/],
    ['an unknown operator', '/api/articles', 'filters[slug][$containsi]=a', 'filters[slug][$containsi]', /slug takes \$eq, \$in/],
    ['$or', '/api/articles', 'filters[$or][0][slug][$eq]=a', 'filters[$or]', /\$or is not part of the public API/],
    ['$not', '/api/articles', 'filters[$not][slug][$eq]=a', 'filters[$not]', /\$not is not part/],
    ['an operator inside an operator', '/api/articles', 'filters[slug][$eq][$ne]=x', 'filters[slug][$eq]', /must be one value/],
    ['$or of a bare value', '/api/articles', 'filters[$or][0]=x', 'filters[$or]', /\$or is not part/],
    ['a word for a number', '/api/issues', 'filters[number][$eq]=abc', 'filters[number][$eq]', /must be a whole number/],
    ['a word for a position', '/api/articles', 'filters[issue][number][$gt]=abc', 'filters[issue][number][$gt]', /whole number/],
    ['a number past 32 bits', '/api/volumes', 'filters[number][$eq]=99999999999', 'filters[number][$eq]', /whole number/],
    ['a fraction', '/api/volumes', 'filters[number][$eq]=1.5', 'filters[number][$eq]', /whole number/],
    ['a date that is not one', '/api/issues', 'filters[coverDate][$eq]=2025-02-30', 'filters[coverDate][$eq]', /YYYY-MM-DD/],
    ['a time that is not one', '/api/articles', 'filters[firstPublishedAt][$gt]=yesterday', 'filters[firstPublishedAt][$gt]', /ISO 8601/],
    ['a value without operator', '/api/articles', 'filters[slug]=a', 'filters[slug]', /needs an operator, e.g. filters\[slug\]\[\$eq\]/],
    ['a filter without value', '/api/articles', 'filters[slug][$eq]', 'filters[slug][$eq]', /needs a value/],
    [
      'a repeated value',
      '/api/articles',
      'filters[slug][$eq]=a&filters[slug][$eq]=b',
      'filters[slug][$eq]',
      /one value; for any of several values use filters\[slug\]\[\$in\]/,
    ],
    ['$in of one value', '/api/articles', 'filters[slug][$in]=a', 'filters[slug][$in]', /must list 1 to 100 values/],
    [
      '$in of 101 values',
      '/api/articles',
      Array.from({ length: 101 }, (_, i) => `filters[slug][$in][${i}]=s${i}`).join('&'),
      'filters[slug][$in]',
      /1 to 100/,
    ],
    ['a long string', '/api/articles', `filters[slug][$eq]=${'a'.repeat(501)}`, 'filters[slug][$eq]', /at most 500/],
    ['filters as a string', '/api/articles', 'filters=slug', 'filters', /must name attributes/],
    ['an unknown sort', '/api/articles', 'sort=bodyText:asc', 'sort', /bodyText:asc is not a sort of articles/],
    ['a sort direction', '/api/articles', 'sort=title:sideways', 'sort', /not a sort/],
    ['a sort object', '/api/articles', 'sort[updatedBy][email]=asc', 'sort', /attribute:direction/],
    ['four sort keys', '/api/articles', 'sort=title,slug,position,updatedAt', 'sort', /at most 3/],
    ['a page size past 100', '/api/articles', 'pagination[pageSize]=1000', 'pagination[pageSize]', /from 1 to 100/],
    ['a limit of -1', '/api/articles', 'pagination[start]=0&pagination[limit]=-1', 'pagination[limit]', /from 1 to 100/],
    ['a huge start', '/api/articles', 'pagination[start]=99999999999999999999', 'pagination[start]', /from 0 to 10000000/],
    ['page 0', '/api/articles', 'pagination[page]=0', 'pagination[page]', /from 1 to 100000/],
    [
      'a page of 11 issues, each with its table of contents',
      '/api/issues',
      'pagination[pageSize]=11',
      'pagination[pageSize]',
      /from 1 to 10\./,
    ],
    ['a limit of 11 issues', '/api/issues', 'pagination[start]=0&pagination[limit]=11', 'pagination[limit]', /from 1 to 10\./],
    ['both pagination forms', '/api/articles', 'pagination[page]=1&pagination[start]=0', 'pagination[page][start]', /not both/],
    ['withCount as a word', '/api/articles', 'pagination[withCount]=maybe', 'pagination[withCount]', /true or false/],
    ['a private field', '/api/articles', 'fields[0]=bodyText', 'fields', /fields must list attributes of articles/],
    ['a relation as a field', '/api/authors', 'fields[0]=email', 'fields', /attributes of authors/],
    ['an unknown status', '/api/articles', 'status=modified', 'status', /published or draft/],
    ['status twice', '/api/articles', 'status=draft&status=published', 'status', /published or draft/],
  ])('%s', (_name, path, query, parameter, message) => {
    const error = refusal(path, query);
    expect(error.parameter).toBe(parameter);
    expect(error.message).toMatch(message);
  });

  it('lists the filters of the type when an attribute is not one', () => {
    expect(refusal('/api/articles', 'filters[title][$eq]=x').allowed).toEqual(
      expect.arrayContaining(['slug ($eq $in)', 'authors.slug ($eq $in)', 'issue.volume.number ($eq $in $lt $lte $gt $gte)']),
    );
  });
});

describe('hostile queries are refused', () => {
  const chains = (collection: CollectionContract) => {
    const relations = Object.keys(collection.filters)
      .filter((path) => path.includes('.'))
      .map((path) => path.split('.')[0]);
    return [...new Set(relations)];
  };

  it.each(Array.from({ length: 9 }, (_, i) => i + 2))('a relation chain of %i hops back and forth', (hops) => {
    const keys = Array.from({ length: hops }, (_, i) => (i % 2 === 0 ? 'authors' : 'articles'));
    const query = `filters${keys.map((key) => `[${key}]`).join('')}[title][$eq]=x`;
    expect(refusal('/api/articles', query)).toBeInstanceOf(PublicQueryError);
  });

  it.each(['$or', '$and', '$not'])('%s with 20 branches through a relation', (operator) => {
    const query = Array.from({ length: 20 }, (_, i) => `filters[${operator}][${i}][authors][articles][title][$startsWith]=${i}`).join('&');
    expect(refusal('/api/articles', query).parameter).toBe(`filters[${operator}]`);
  });

  it.each(Object.values(publicCollections).map((collection) => [collection.path, collection] as const))(
    'every relation of %s is followed only along declared paths',
    (path, collection) => {
      for (const relation of chains(collection)) {
        expect(refusal(`/api/${path}`, `filters[${relation}][id][$eq]=1`).parameter).toBe(`filters[${relation}][id]`);
        expect(refusal(`/api/${path}`, `filters[${relation}][publishedAt][$null]=true`).parameter).toBe(
          `filters[${relation}][publishedAt]`,
        );
      }
    },
  );

  it.each(['articles', 'issues', 'volumes', 'authors', 'sources', 'sections', 'tags', 'redirects'])(
    'no collection lets /api/%s reach into another type except along declared slug and number paths',
    (path) => {
      for (const relation of ['articles', 'issues', 'createdBy', 'updatedBy', 'localizations']) {
        expect(refusal(`/api/${path}`, `filters[${relation}][title][$eq]=x`)).toBeInstanceOf(PublicQueryError);
      }
    },
  );
});

describe('withDefaultPageSize', () => {
  it.each([
    ['issues, no pagination', 'issues', {}, { pagination: { pageSize: '10' } }],
    ['issues, page 2', 'issues', { pagination: { page: '2' } }, { pagination: { page: '2', pageSize: '10' } }],
    ['issues, from 30', 'issues', { pagination: { start: '30' } }, { pagination: { start: '30', limit: '10' } }],
    ['issues, 3 per page', 'issues', { pagination: { pageSize: '3' } }, { pagination: { pageSize: '3' } }],
    ['articles, no pagination', 'articles', { sort: 'title' }, { sort: 'title' }],
  ] as const)('gives %s the page size it may have', (_name, collection, query, expected) => {
    expect(withDefaultPageSize(publicCollections[collection], query)).toEqual(expected);
  });
});

describe('collectionOfPath', () => {
  it.each([
    ['/api/articles', 'articles', false],
    ['/api/articles/', 'articles', false],
    ['/api/articles/abc123', 'articles', true],
    ['/api/redirects', 'redirects', false],
    ['/API/Articles', 'articles', false],
    ['/Api/ISSUES/AbC', 'issues', true],
  ])('%s is the %s collection', (path, name, one) => {
    expect(collectionOfPath(path)).toEqual({ collection: publicCollections[name as keyof typeof publicCollections], one });
  });

  it.each(['/api/search', '/api/users', '/api/upload/files', '/api/constructor', '/api/toString', '/api/articles/a/b', '/admin/articles'])(
    '%s is outside the contract',
    (path) => {
      expect(collectionOfPath(path)).toBeUndefined();
    },
  );
});

describe('single types', () => {
  it.each(['/api/publication', '/api/publication/', '/API/Publication'])('%s is the publication', (path) => {
    expect(singleOfPath(path)).toBe(publicSingles.publication);
  });

  it.each(['/api/publications', '/api/publication/1', '/api/toString', '/api/articles'])('%s is not a single type', (path) => {
    expect(singleOfPath(path)).toBeUndefined();
  });

  it('takes status and nothing else', () => {
    expect(() => check('/api/publication', '')).not.toThrow();
    expect(() => check('/api/publication', 'status=draft')).not.toThrow();
    for (const query of ['populate=*', 'fields[0]=about', 'filters[id][$eq]=1', 'status=any', 'pagination[pageSize]=1']) {
      const error = refusal('/api/publication', query);
      expect(error.allowed).toEqual(query.startsWith('status') ? ['published', 'draft'] : ['status']);
      expect(error.message).toMatch(
        /^(\w+ is not a parameter of GET \/api\/publication; it takes none but status\.|status must be published or draft\.)$/,
      );
    }
  });
});
