import { parseSearchQuery, SearchQueryError } from '../search-query';

describe('parseSearchQuery', () => {
  it('parses a full query with defaults for paging', () => {
    expect(parseSearchQuery({ q: ' Night buses ', section: 'news', author: 'maya-okafor', volume: '19' })).toEqual({
      q: 'Night buses',
      terms: ['night', 'buses'],
      expression: { alternatives: [[['night'], ['buses']]], excluded: [] },
      section: 'news',
      author: 'maya-okafor',
      volume: 19,
      page: 1,
      pageSize: 10,
      sort: 'relevance',
    });
  });

  it.each<[Record<string, unknown>, RegExp]>([
    [{}, /q is required, once/],
    [{ q: '   ' }, /q is required/],
    [{ q: '!!!' }, /at least one letter or digit/],
    [{ q: 'x'.repeat(201) }, /q must be at most 200/],
    [{ q: 'a', page: '0' }, /page must be a whole number from 1 to 1000/],
    [{ q: 'a', page: 'two' }, /page must be a whole number from 1 to 1000/],
    [{ q: 'a', pageSize: '51' }, /pageSize must be a whole number from 1 to 50/],
    [{ q: 'a', volume: '1.5' }, /volume must be a whole number/],
    [{ q: 'a', section: 'News & Views' }, /section must be a slug/],
    [{ q: ['a', 'b'] }, /q is required, once/],
    [{ q: 'a', author: ['x', 'y'] }, /author must be one slug/],
    [
      { q: 'a', filters: { searchText: { $contains: 'x' } } },
      /filters is not a parameter of GET \/api\/search; it takes q, section, author/,
    ],
    [{ q: 'a', order: 'title', populate: '*' }, /order, populate are not parameters of GET \/api\/search/],
    [{ q: 'a', sort: 'title' }, /sort must be relevance or newest/],
    [{ q: 'a', year: '99' }, /year must be a whole number from 1800 to 9999/],
    [{ q: '-a' }, /q needs a word to find/],
    [{ q: 'a', status: 'any' }, /status must be published or draft/],
  ])('rejects %j', (query, message) => {
    expect(() => parseSearchQuery(query)).toThrow(SearchQueryError);
    expect(() => parseSearchQuery(query)).toThrow(message);
  });

  it('accepts status, which changes nothing: search finds published articles only', () => {
    expect(parseSearchQuery({ q: 'a', status: 'draft' })).toMatchObject({ q: 'a', terms: ['a'] });
  });

  it('names every problem in one message', () => {
    const problems = () => parseSearchQuery({ q: '', page: '0', volume: 'x' });
    for (const field of [/\bq is required/, /\bpage must/, /\bvolume must/]) expect(problems).toThrow(field);
  });
});
