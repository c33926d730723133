import { encodeQuery } from '../query';

describe('encodeQuery', () => {
  it.each([
    [{ filters: { slug: { $eq: 'night-buses' } } }, 'filters[slug][$eq]=night-buses'],
    [{ pagination: { page: 2, pageSize: 20 } }, 'pagination[page]=2&pagination[pageSize]=20'],
    [{ sort: ['firstPublishedAt:desc', 'title:asc'] }, 'sort[0]=firstPublishedAt%3Adesc&sort[1]=title%3Aasc'],
    [{ fields: ['title', 'slug'] }, 'fields[0]=title&fields[1]=slug'],
    [
      { filters: { issue: { number: { $eq: 4 }, volume: { number: { $eq: 19 } } } } },
      'filters[issue][number][$eq]=4&filters[issue][volume][number][$eq]=19',
    ],
    [{ filters: { citations: { source: { slug: { $eq: 'bbc' } } } } }, 'filters[citations][source][slug][$eq]=bbc'],
    [{ status: 'published', withCount: true }, 'status=published&withCount=true'],
  ])('encodes %j as Strapi expects', (query, expected) => {
    expect(encodeQuery(query)).toBe(expected);
  });

  it('leaves out undefined values, also nested ones', () => {
    expect(encodeQuery({ filters: { section: undefined, tags: { slug: { $eq: 'x' } } }, page: undefined })).toBe(
      'filters[tags][slug][$eq]=x',
    );
  });

  it('escapes values so they cannot inject other parameters', () => {
    expect(encodeQuery({ filters: { slug: { $eq: 'a&filters[x]=1 #?' } } })).toBe('filters[slug][$eq]=a%26filters%5Bx%5D%3D1%20%23%3F');
  });

  it('encodes Unicode values as UTF-8', () => {
    expect(encodeQuery({ q: 'café — 東京' })).toBe('q=caf%C3%A9%20%E2%80%94%20%E6%9D%B1%E4%BA%AC');
  });
});
