import request from 'supertest';
import { markdownToBlocks } from '../../src/content/markdown-to-blocks';
import { fold } from '../../src/search/fold';
import { articleSearchText, searchTerms } from '../../src/search/search-text';
import { useCms } from '../harness/cms';
import { sample } from '../harness/sample-facts';

/**
 * Article search on the seeded sample publication. Which articles should match is derived from the sample itself
 * with the same folding the CMS stores, so these tests check the SQL path (filters, groups, paging, drafts) rather
 * than restating the folding rules, which the unit tests cover.
 */
const api = () => request(cms.strapi.server.httpServer);

const cms = useCms();

type Found = {
  slug: string;
  title: string;
  excerpt: string | null;
  section: { slug: string };
  authors: Array<{ slug: string }>;
  issue: { volume: { number: number } };
  firstPublishedAt: string;
};

const textOf = (article: (typeof sample.liveArticles)[number]) =>
  articleSearchText({ title: article.title, dek: article.dek, body: markdownToBlocks(article.body) });
const allArticles = [...sample.liveArticles, ...sample.draftArticles];
const matching = (term: string, articles = sample.liveArticles) => articles.filter((article) => textOf(article).includes(` ${term}`));

/** A word of at least eight letters that occurs in exactly one article (drafts included), and not in its title. */
function wordOnlyIn(articles: typeof allArticles): { word: string; article: (typeof allArticles)[number] } {
  for (const article of articles) {
    for (const word of article.body.match(/\p{L}{8,}/gu) ?? []) {
      const [term] = searchTerms(word);
      if (matching(term, allArticles).length === 1 && !fold(article.title).split(' ').includes(term)) return { word, article };
    }
  }
  throw new Error('The sample has no word unique to one article');
}

async function search(
  query: Record<string, string | number>,
): Promise<{ data: Found[]; meta: { pagination: { total: number; pageCount: number } } }> {
  return (await api().get('/api/search').query(query).expect(200)).body;
}

async function everyPage(query: Record<string, string | number>): Promise<Found[]> {
  const found: Found[] = [];
  for (let page = 1; ; page += 1) {
    const response = await search({ ...query, page, pageSize: 4 });
    expect(response.data.length).toBeLessThanOrEqual(4);
    found.push(...response.data);
    if (page >= response.meta.pagination.pageCount) return found;
  }
}

describe('GET /api/search', () => {
  it('finds an article by a word only its body contains, with the passage around it', async () => {
    const { word, article } = wordOnlyIn(sample.liveArticles);
    const response = await search({ q: word });
    expect(response.data.map((found) => found.slug)).toEqual([article.slug]);
    expect(response.data[0].excerpt?.toLowerCase()).toContain(word.toLowerCase());
  });

  it('ignores case and accents', async () => {
    const { word, article } = wordOnlyIn(sample.liveArticles);
    const shouted = word.toUpperCase().replace(/E/g, 'É');
    expect((await search({ q: shouted })).data.map((found) => found.slug)).toEqual([article.slug]);
  });

  it('never finds a draft, by its title or by words only its body has', async () => {
    for (const draft of sample.draftArticles) {
      const byTitle = await search({ q: `"${draft.title}"`, pageSize: 50 });
      expect(byTitle.data.map((found) => found.slug)).not.toContain(draft.slug);
    }
    const { word } = wordOnlyIn(sample.draftArticles);
    expect((await search({ q: word })).meta.pagination.total).toBe(0);
  });

  it('returns every match once across pages, title matches first, each group newest first', async () => {
    const term = 'school';
    const expected = matching(term);
    const inTitle = new Set(
      expected
        .filter((article) =>
          fold(article.title)
            .split(' ')
            .some((word) => word.startsWith(term)),
        )
        .map((article) => article.slug),
    );
    expect(inTitle.size).toBeGreaterThan(0);
    expect(inTitle.size).toBeLessThan(expected.length);

    const found = await everyPage({ q: term });
    expect(found.map((article) => article.slug).sort()).toEqual(expected.map((article) => article.slug).sort());
    expect(found.slice(0, inTitle.size).every((article) => inTitle.has(article.slug))).toBe(true);
  });

  it('orders by date alone with sort=newest: the same matches, each once, newest first', async () => {
    const byRelevance = await everyPage({ q: 'school' });
    const newest = await everyPage({ q: 'school', sort: 'newest' });
    expect(newest.map((article) => article.slug).sort()).toEqual(byRelevance.map((article) => article.slug).sort());
    const dates = newest.map((article) => article.firstPublishedAt);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(newest.map((article) => article.slug)).not.toEqual(byRelevance.map((article) => article.slug));
  });

  it.each([
    ['section', (article: (typeof sample.liveArticles)[number]) => article.section, (found: Found) => found.section.slug],
    [
      'author',
      (article: (typeof sample.liveArticles)[number]) => article.authors[0],
      (found: Found) => found.authors.map((author) => author.slug),
    ],
    [
      'volume',
      (article: (typeof sample.liveArticles)[number]) => String(article.issue.volume),
      (found: Found) => String(found.issue.volume.number),
    ],
  ] as const)('narrows by %s', async (filter, valueOf, foundValue) => {
    const value = valueOf(sample.liveArticles[0]);
    const expected = matching('the').filter((article) =>
      filter === 'author' ? article.authors.includes(value) : valueOf(article) === value,
    );
    const found = await everyPage({ q: 'the', [filter]: value });
    expect(found.map((article) => article.slug).sort()).toEqual(expected.map((article) => article.slug).sort());
    for (const article of found) expect([foundValue(article)].flat()).toContain(value);
  });

  it.each([
    ['no query', {}, /q is required/],
    ['punctuation only', { q: '?!' }, /at least one letter or digit/],
    ['a page of zero', { q: 'school', page: 0 }, /page must be a whole number/],
    ['a huge page size', { q: 'school', pageSize: 500 }, /pageSize must be a whole number from 1 to 50/],
    ['a section that is not a slug', { q: 'school', section: 'News & Views' }, /section must be a slug/],
    ['an order it does not know', { q: 'school', sort: 'oldest' }, /sort must be relevance or newest/],
  ])('answers 400 with a message for %s', async (_case, query, message) => {
    const response = await api().get('/api/search').query(query).expect(400);
    expect(response.body.error.message).toMatch(message);
  });

  it('names every refused parameter in the 400’s details, for clients that word it themselves', async () => {
    const response = await api().get('/api/search').query({ q: 'school', page: 0, section: 'News & Views' }).expect(400);
    expect(response.body.error.details.issues).toEqual([
      { parameter: 'section', message: 'must be a slug such as "news"' },
      { parameter: 'page', message: 'must be a whole number from 1 to 1000' },
    ]);
    expect(response.body.error.details.parameter).toBe('section');
  });

  it('never returns or filters by the stored search text', async () => {
    const response = await search({ q: 'school', pageSize: 50 });
    for (const article of response.data) expect(article).not.toHaveProperty('searchText');

    const all = await api().get('/api/articles?pagination[pageSize]=100');
    const filtered = await api().get('/api/articles?pagination[pageSize]=100&filters[searchText][$contains]=school');
    if (filtered.status === 200) expect(filtered.body.data).toEqual(all.body.data);
    else expect(filtered.status).toBe(400);
  });

  it('follows edits: a draft change is not searchable until it is published', async () => {
    const { word, article } = wordOnlyIn(sample.liveArticles);
    const documents = cms.strapi.documents('api::article.article');
    const [stored] = await documents.findMany({ filters: { slug: article.slug }, status: 'draft' });
    const body = markdownToBlocks(`${article.body}\n\nThe quokkaphone arrived on Tuesday.`.replace(word, 'something'));

    await documents.update({ documentId: stored.documentId, data: { body } as never });
    expect((await search({ q: 'quokkaphone' })).meta.pagination.total).toBe(0);
    expect((await search({ q: word })).data.map((found) => found.slug)).toEqual([article.slug]);

    await documents.publish({ documentId: stored.documentId });
    expect((await search({ q: 'quokkaphone' })).data.map((found) => found.slug)).toEqual([article.slug]);
    expect((await search({ q: word })).meta.pagination.total).toBe(0);
  });
});
