import { inQuotes, readSearchParams, searchHref } from '../search-params';

describe('readSearchParams', () => {
  it('reads a full search', () => {
    expect(
      readSearchParams({ q: ' night buses ', section: 'campus', author: 'maya-okafor', volume: '19', year: '2025', page: '3' }),
    ).toEqual({
      query: 'night buses',
      section: 'campus',
      author: 'maya-okafor',
      volume: 19,
      year: 2025,
      page: 3,
    });
  });

  it.each<[Record<string, string | string[] | undefined>, object]>([
    [{}, { query: '', page: 1 }],
    [{ q: ['first', 'second'] }, { query: 'first', page: 1 }],
    [
      { q: 'x', section: '', author: '', volume: '' },
      { query: 'x', page: 1 },
    ],
    [
      { q: 'x', page: '0' },
      { query: 'x', page: 1 },
    ],
    [
      { q: 'x', page: '-2' },
      { query: 'x', page: 1 },
    ],
    [
      { q: 'x', page: '2.5', volume: 'nineteen' },
      { query: 'x', page: 1 },
    ],
    [
      { q: 'x', sort: 'oldest' },
      { query: 'x', page: 1 },
    ],
    [
      { q: 'x', sort: ['newest', 'relevance'] },
      { query: 'x', page: 1, sort: 'newest' },
    ],
  ])('reads %j leniently', (raw, expected) => {
    const read = readSearchParams(raw);
    expect(Object.fromEntries(Object.entries(read).filter(([, value]) => value !== undefined))).toEqual(expected);
  });
});

describe('searchHref', () => {
  it('leaves out empty filters and page 1', () => {
    expect(searchHref({ query: 'night buses', page: 1 })).toBe('/search?q=night+buses');
    expect(searchHref({ query: '', page: 1 })).toBe('/search');
  });

  it('round-trips through readSearchParams', () => {
    const request = { query: 'café & “co”', section: 'arts', author: 'a-b', volume: 7, page: 4, sort: 'newest' as const };
    const href = searchHref(request);
    const params = Object.fromEntries(new URL(href, 'http://site.test').searchParams);
    expect(readSearchParams(params)).toEqual(request);
  });
});

describe('inQuotes', () => {
  it.each([
    ['night buses', '“night buses”'],
    ['"night buses"', '“night buses”'],
    ['“night buses”', '“night buses”'],
    ['"night" buses "late"', '“"night" buses "late"”'],
    ['"night buses', '“"night buses”'],
  ])('quotes %j as %j', (query, heading) => {
    expect(inQuotes(query)).toBe(heading);
  });
});
