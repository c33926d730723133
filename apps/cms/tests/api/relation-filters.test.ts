import { narrowRelationFilters } from '../../src/api/article/relation-filters';
import { startCms, type TestCms } from '../harness/cms';
import { sample } from '../harness/sample-facts';

/**
 * An author's, a tag's and a source's article lists are answered from that side first (ids through the link
 * tables) instead of Strapi's LEFT JOIN chain from every article. The answers must be exactly Strapi's own.
 */
const ARTICLE = 'api::article.article';
let cms: TestCms;
let queries: string[] = [];

beforeAll(async () => {
  cms = await startCms({ scheduler: false });
  (cms.strapi.db.connection as unknown as NodeJS.EventEmitter).on('query', (query: { sql: string }) => queries.push(query.sql));
}, 180_000);

afterAll(async () => {
  await cms?.stop();
});

const firstAuthor = () => sample.liveArticles[0].authors[0];
const firstTag = () => sample.liveArticles.find((article) => article.tags.length > 0)!.tags[0];
const firstSource = () => sample.liveArticles.find((article) => article.citations.length > 0)!.citations[0].source;

/** The core service's `find` (what the public route calls) and Strapi's own join for the same filters. */
async function bothWays(filters: Record<string, unknown>, status: 'published' | 'draft' = 'published') {
  const query = { filters, status, sort: ['firstPublishedAt:desc', 'title:asc'], fields: ['title'] };
  const ours = (await cms.strapi.service(ARTICLE).find({ ...query, pagination: { page: 1, pageSize: 100 } })) as {
    results: Array<{ documentId: string }>;
    pagination: { total: number };
  };
  const strapis = await cms.strapi.documents(ARTICLE).findMany(query as never);
  return {
    ours: ours.results.map((article) => article.documentId),
    total: ours.pagination.total,
    strapis: strapis.map((article) => article.documentId),
  };
}

describe.each([
  ['an author', () => ({ authors: { slug: { $eq: firstAuthor() } } })],
  ['a tag', () => ({ tags: { slug: { $eq: firstTag() } } })],
  ['a source', () => ({ citations: { source: { slug: { $eq: firstSource() } } } })],
  ['an author and a tag together', () => ({ authors: { slug: { $eq: firstAuthor() } }, tags: { slug: { $eq: firstTag() } } })],
  ['an author and a title word', () => ({ authors: { slug: { $eq: firstAuthor() } }, title: { $containsi: 'e' } })],
  ['any of several authors', () => ({ authors: { slug: { $in: [...new Set(sample.liveArticles.slice(0, 3).flatMap((article) => article.authors))] } } })],
  ['any of several sources, one of them unknown', () => ({ citations: { source: { slug: { $in: [firstSource(), 'nobody-cites-this'] } } } })],
])('the article list of %s', (_name, filters) => {
  it('is exactly the list Strapi’s own join finds, in the same order, with the same total', async () => {
    const { ours, total, strapis } = await bothWays(filters());
    expect(ours.length).toBeGreaterThan(0);
    expect(ours).toEqual(strapis);
    expect(total).toBe(strapis.length);
  });

  it('is the same for drafts, as the preview reads them', async () => {
    const { ours, strapis } = await bothWays(filters(), 'draft');
    expect(ours).toEqual(strapis);
  });
});

describe('answering from the related side', () => {
  it('finds nothing for a slug nobody has', async () => {
    expect(await bothWays({ authors: { slug: { $eq: 'nobody-by-this-name' } } })).toEqual({ ours: [], total: 0, strapis: [] });
  });

  it('never joins every article to the link table for an author’s list', async () => {
    queries = [];
    await bothWays({ authors: { slug: { $eq: firstAuthor() } } });
    const viaService = queries.slice(0, queries.findIndex((sql) => /count/i.test(sql)) + 1);
    expect(viaService.join('\n')).not.toMatch(/from [`"]articles[`"] as [`"]t0[`"] left join [`"]articles_authors_lnk[`"]/);
  });

  it('leaves any other shape of filter exactly as sent', async () => {
    for (const filters of [
      { authors: { name: { $eq: 'Someone' } } },
      { authors: { slug: { $eq: 'a', $ne: 'b' } } },
      { authors: { slug: { $in: [] } } },
      { authors: { slug: { $in: ['a', 1] } } },
      { citations: { url: { $eq: 'https://example.com' } } },
      { section: { slug: { $eq: 'news' } } },
      { $or: [{ authors: { slug: { $eq: 'a' } } }, { title: { $eq: 'x' } }] },
    ]) {
      expect(await narrowRelationFilters(cms.strapi, filters)).toBe(filters);
    }
  });
});
