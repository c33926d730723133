import { countUpTo } from '../../src/public-api/count-up-to';
import { relationFiltersAsSubqueries, type SubqueryForm } from '../../src/public-api/relation-subqueries';
import { useCms } from '../harness/cms';
import { sample } from '../harness/sample-facts';

/**
 * Relation filters of the public lists are answered from the related side (an id set through the link tables, or
 * a per-row existence probe when the set would be large) instead of Strapi's LEFT JOIN chain from every row. The
 * answers must be exactly Strapi's own, in both forms.
 */
const ARTICLE = 'api::article.article';
let queries: string[] = [];

const cms = useCms({ scheduler: false });

beforeAll(async () => {
  (cms.strapi.db.connection as unknown as NodeJS.EventEmitter).on('query', (query: { sql: string }) => queries.push(query.sql));
}, 180_000);

/** Both forms on both databases, whichever each database would pick for the sample's small sets. */
const FORMS: SubqueryForm[] = ['id-set', 'per-row'];

const firstAuthor = () => sample.liveArticles[0].authors[0];
const firstTag = () => sample.liveArticles.find((article) => article.tags.length > 0)!.tags[0];
const firstSource = () => sample.liveArticles.find((article) => article.citations.length > 0)!.citations[0].source;

/**
 * Our filters through Strapi's own `findMany` (what the public route's service does) and counted as the public
 * lists count (`countUpTo`, with a bound past every match), and Strapi's own join.
 */
async function bothWays(filters: Record<string, unknown>, status: 'published' | 'draft' = 'published', form?: SubqueryForm) {
  const query = { filters, status, sort: ['firstPublishedAt:desc', 'title:asc'], fields: ['title'] };
  const rewritten = await relationFiltersAsSubqueries(cms.strapi, ARTICLE, filters, { form });
  const ours = await cms.strapi.documents(ARTICLE).findMany({ ...query, filters: rewritten } as never);
  const total = await countUpTo(cms.strapi, ARTICLE, { filters: rewritten, status }, 1_000);
  const strapis = await cms.strapi.documents(ARTICLE).findMany(query as never);
  return {
    ours: ours.map((article) => article.documentId),
    total,
    strapis: strapis.map((article) => article.documentId),
  };
}

describe.each([
  ['an author', () => ({ authors: { slug: { $eq: firstAuthor() } } })],
  ['a tag', () => ({ tags: { slug: { $eq: firstTag() } } })],
  ['a source', () => ({ citations: { source: { slug: { $eq: firstSource() } } } })],
  ['an author and a tag together', () => ({ authors: { slug: { $eq: firstAuthor() } }, tags: { slug: { $eq: firstTag() } } })],
  ['an author and a title word', () => ({ authors: { slug: { $eq: firstAuthor() } }, title: { $containsi: 'e' } })],
  [
    'any of several authors',
    () => ({ authors: { slug: { $in: [...new Set(sample.liveArticles.slice(0, 3).flatMap((article) => article.authors))] } } }),
  ],
  [
    'any of several sources, one of them unknown',
    () => ({ citations: { source: { slug: { $in: [firstSource(), 'nobody-cites-this'] } } } }),
  ],
  ['a section', () => ({ section: { slug: { $eq: sample.liveArticles[0].section } } })],
  [
    'an issue of a volume, published issues only',
    () => ({ issue: { number: { $eq: 1 }, volume: { number: { $gte: 1 } }, publishedAt: { $notNull: true } } }),
  ],
  ['a range of volumes', () => ({ issue: { volume: { number: { $in: [String(sample.liveIssues[0].volume), '999'] } } } })],
])('the article list of %s', (_name, filters) => {
  it.each(FORMS)('is exactly the list Strapi’s own join finds, in the same order, with the same total, as %s', async (form) => {
    const { ours, total, strapis } = await bothWays(filters(), 'published', form);
    expect(ours.length).toBeGreaterThan(0);
    expect(ours).toEqual(strapis);
    expect(total).toBe(strapis.length);
  });

  it.each(FORMS)('is the same for drafts, as the preview reads them, as %s', async (form) => {
    const { ours, total, strapis } = await bothWays(filters(), 'draft', form);
    expect(ours).toEqual(strapis);
    expect(total).toBe(strapis.length);
  });
});

describe('answering from the related side', () => {
  it.each(FORMS)('finds nothing for a slug nobody has, as %s', async (form) => {
    expect(await bothWays({ authors: { slug: { $eq: 'nobody-by-this-name' } } }, 'published', form)).toEqual({
      ours: [],
      total: 0,
      strapis: [],
    });
  });

  it.each(FORMS)('stops counting one row past its bound, as %s', async (form) => {
    const filters = { authors: { slug: { $in: [...new Set(sample.liveArticles.flatMap((article) => article.authors))] } } };
    const rewritten = await relationFiltersAsSubqueries(cms.strapi, ARTICLE, filters, { form });
    const all = await cms.strapi.documents(ARTICLE).count({ filters, status: 'published' } as never);
    expect(all).toBeGreaterThan(3);
    expect(await countUpTo(cms.strapi, ARTICLE, { filters: rewritten, status: 'published' }, 2)).toBe(3);
    expect(await countUpTo(cms.strapi, ARTICLE, { filters: rewritten, status: 'published' }, all - 1)).toBe(all);
    expect(await countUpTo(cms.strapi, ARTICLE, { filters: rewritten, status: 'published' }, all)).toBe(all);
  });

  it('counts each article once through a joined filter, and counts drafts only when asked', async () => {
    const section = sample.liveArticles[0].section;
    const filters = { section: { slug: { $eq: section } }, tags: { slug: { $notNull: true } } };
    for (const status of ['published', 'draft'] as const) {
      const strapis = await cms.strapi.documents(ARTICLE).count({ filters, status } as never);
      expect(await countUpTo(cms.strapi, ARTICLE, { filters, status }, 1_000)).toBe(strapis);
    }
  });

  it('never joins every article to the link table for an author’s list', async () => {
    queries = [];
    await cms.strapi.service(ARTICLE).find({ filters: { authors: { slug: { $eq: firstAuthor() } } }, status: 'published' });
    const viaService = queries.slice(0, queries.findIndex((sql) => /count/i.test(sql)) + 1);
    expect(viaService.join('\n')).not.toMatch(/from [`"]articles[`"] as [`"]t0[`"] left join [`"]articles_authors_lnk[`"]/);
  });

  it('leaves any shape of filter it does not compile exactly as sent', async () => {
    for (const filters of [
      { authors: { name: { $containsi: 'Someone' } } },
      { authors: { slug: { $eq: 'a', $ne: 'b' } } },
      { authors: { slug: { $in: [] } } },
      { authors: { slug: { $in: ['a', { $eq: 'b' }] } } },
      { authors: { updatedAt: { $gt: '2024-01-01T00:00:00Z' } } },
      { issue: { number: { $eq: 'three' } } },
      { cover: { url: { $eq: '/uploads/a.jpg' } } },
      { $or: [{ authors: { slug: { $eq: 'a' } } }, { title: { $eq: 'x' } }] },
      { title: { $eq: 'x' } },
    ]) {
      expect(await relationFiltersAsSubqueries(cms.strapi, ARTICLE, filters)).toBe(filters);
    }
  });

  it('answers the issues of a range of volumes exactly as Strapi’s join does', async () => {
    const ISSUE = 'api::issue.issue';
    for (const form of FORMS) {
      const filters = { volume: { number: { $lte: sample.liveIssues[0].volume } } };
      const query = { filters, status: 'published', sort: ['coverDate:desc'], fields: ['title'] };
      const ours = await cms.strapi
        .documents(ISSUE)
        .findMany({ ...query, filters: await relationFiltersAsSubqueries(cms.strapi, ISSUE, filters, { form }) } as never);
      const strapis = await cms.strapi.documents(ISSUE).findMany(query as never);
      expect(ours.length).toBeGreaterThan(0);
      expect(ours.map((issue) => issue.documentId)).toEqual(strapis.map((issue) => issue.documentId));
    }
  });
});
