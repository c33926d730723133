import { CmsHttpError, createClient, type MastheadClient } from '@masthead/client';
import request from 'supertest';
import { blocksToPlainText } from '../../src/content/blocks';
import { fold } from '../../src/search/fold';
import { useCms } from '../harness/cms';
import { sample } from '../harness/sample-facts';

/**
 * The contract between @masthead/client and the real CMS: every read function gets data its schemas accept (the
 * client throws otherwise) and that matches what the CMS holds — the seeded sample publication.
 */
let client: MastheadClient;

const cms = useCms({ listen: true });

beforeAll(async () => {
  client = createClient({ baseUrl: `http://127.0.0.1:${cms.strapi.config.get('server.port')}`, retries: 0 });
}, 180_000);

const live = sample.liveArticles;
const slugs = (items: Array<{ slug: string }>) => items.map((item) => item.slug).sort();

describe('@masthead/client against the CMS', () => {
  it('listVolumes returns every volume, newest first, with its published issues oldest first', async () => {
    const volumes = await client.listVolumes();
    expect(volumes.map((volume) => volume.number)).toEqual(sample.publication.volumes.map((volume) => volume.number).sort((a, b) => b - a));
    for (const volume of volumes) {
      const expected = sample.liveIssues.filter((issue) => issue.volume === volume.number).map((issue) => issue.number);
      expect(volume.issues.map((issue) => issue.number)).toEqual(expected.sort((a, b) => a - b));
    }
  });

  it('getVolume finds a volume by number and returns null for a missing one', async () => {
    const [first] = sample.publication.volumes;
    expect(await client.getVolume(first.number)).toMatchObject({ number: first.number, startYear: first.startYear });
    expect(await client.getVolume(9999)).toBeNull();
  });

  it('getLatestIssue returns the published issue with the latest cover date', async () => {
    const latest = [...sample.liveIssues].sort((a, b) => b.coverDate.localeCompare(a.coverDate))[0];
    const issue = await client.getLatestIssue();
    expect(issue).toMatchObject({ number: latest.number, coverDate: latest.coverDate, volume: { number: latest.volume } });
  });

  it('getIssue returns each published issue with its table of contents in order, and null for drafts', async () => {
    for (const expected of sample.liveIssues) {
      const issue = await client.getIssue(expected.volume, expected.number);
      expect(issue?.articles.map((article) => article.slug)).toEqual(
        expected.articles.filter((article) => !article.draft).map((article) => article.slug),
      );
      expect(issue?.cover?.alt).toBe(expected.cover.alt);
    }
    for (const draft of sample.draftIssues) expect(await client.getIssue(draft.volume, draft.number)).toBeNull();
  }, 30_000);

  it('getArticle returns the article with byline, issue, section, tags and sources as the CMS holds them', async () => {
    for (const expected of live) {
      const article = await client.getArticle(expected.slug);
      expect(article).toMatchObject({ title: expected.title, dek: expected.dek, section: { slug: expected.section } });
      expect(article?.authors.map((author) => author.slug)).toEqual(expected.authors);
      expect(article?.issue).toMatchObject({ number: expected.issue.number, volume: { number: expected.issue.volume } });
      expect(article?.tags.map((tag) => tag.slug).sort()).toEqual([...expected.tags].sort());
      expect(article?.citations.map((citation) => ({ source: citation.source?.slug, url: citation.url ?? undefined }))).toEqual(
        expected.citations.map((citation) => ({ source: citation.source, url: citation.url })),
      );
    }
    for (const draft of sample.draftArticles) expect(await client.getArticle(draft.slug)).toBeNull();
    // One request per sample article, one after another: about 2 s alone, several times that while the other
    // database's suites share the machine's two cores.
  }, 30_000);

  it('getArticle returns the same document the REST API serves, without Strapi-internal fields', async () => {
    const [expected] = live;
    const raw = (await request(cms.strapi.server.httpServer).get(`/api/articles?filters[slug][$eq]=${expected.slug}`)).body.data[0];
    const article = await client.getArticle(expected.slug);
    const scalars = [
      'documentId',
      'title',
      'slug',
      'dek',
      'position',
      'readingTimeMinutes',
      'firstPublishedAt',
      'publishedAt',
      'updatedAt',
    ] as const;
    for (const field of scalars) expect([field, article?.[field]]).toEqual([field, raw[field]]);
    expect(blocksToPlainText(article!.body)).toBe(blocksToPlainText(raw.body));
    expect(article?.cover?.image.url).toBe(raw.cover.image.url);
    expect(article).not.toHaveProperty('id');
    expect(article).not.toHaveProperty('createdAt');
  });

  it('listArticles pages through every published article', async () => {
    const first = await client.listArticles({ pageSize: 5 });
    expect(first.pagination).toMatchObject({ page: 1, pageSize: 5, total: live.length });
    expect(first.items).toHaveLength(Math.min(5, live.length));
    const seen = [];
    for await (const article of client.iterateArticles({ pageSize: 5 })) seen.push(article);
    expect(slugs(seen)).toEqual(slugs(live));
  });

  it('listArticles sorts newest first by default', async () => {
    const { items } = await client.listArticles({ pageSize: 100 });
    const dates = items.map((article) => article.firstPublishedAt ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it.each([
    ['section', (a: (typeof live)[number]) => a.section],
    ['tag', (a: (typeof live)[number]) => a.tags[0]],
    ['author', (a: (typeof live)[number]) => a.authors[0]],
    ['source', (a: (typeof live)[number]) => a.citations[0]?.source],
  ] as const)('listArticles filters by %s', async (filter, pick) => {
    const value = live.map(pick).find(Boolean)!;
    const matches = live.filter((article) =>
      filter === 'section'
        ? article.section === value
        : filter === 'tag'
          ? article.tags.includes(value)
          : filter === 'author'
            ? article.authors.includes(value)
            : article.citations.some((citation) => citation.source === value),
    );
    const { items } = await client.listArticles({ [filter]: value, pageSize: 100 });
    expect(slugs(items)).toEqual(slugs(matches));
    expect(items.length).toBeGreaterThan(0);
  });

  it('listArticles filters by issue and sorts in table-of-contents order', async () => {
    const expected = sample.liveIssues[0];
    const { items } = await client.listArticles({ issue: { volume: expected.volume, number: expected.number }, sort: 'issue-order' });
    expect(items.map((article) => article.slug)).toEqual(expected.articles.map((article) => article.slug));
  });

  it('getAuthor returns the author with their articles and never an email', async () => {
    const author = sample.publication.authors[0];
    const result = await client.getAuthor(author.slug, { pageSize: 100 });
    expect(result).toMatchObject({ name: author.name, role: author.role });
    expect(JSON.stringify(result)).not.toContain(author.email);
    expect(slugs(result!.articles.items)).toEqual(slugs(live.filter((article) => article.authors.includes(author.slug))));
    expect(await client.getAuthor('nobody-by-this-name')).toBeNull();
  });

  it('getSource returns the outlet with the articles that cite it', async () => {
    const source = sample.publication.sources[0];
    const result = await client.getSource(source.slug, { pageSize: 100 });
    expect(result).toMatchObject({ name: source.name, homepageUrl: source.homepageUrl });
    expect(slugs(result!.articles.items)).toEqual(
      slugs(live.filter((article) => article.citations.some((citation) => citation.source === source.slug))),
    );
  });

  it('searchArticles finds an article by its title, with results the schemas accept', async () => {
    const wanted = live[live.length - 1];
    const result = await client.searchArticles({ query: `"${wanted.title}"`, volume: wanted.issue.volume });
    expect(result.items.map((article) => article.slug)).toContain(wanted.slug);
    expect(result.terms).toEqual(
      fold(wanted.title)
        .split(' ')
        .filter((word, at, words) => words.indexOf(word) === at),
    );
    expect(result.facets.volume.map((value) => value.value)).toEqual([String(wanted.issue.volume)]);
  });

  it('searchArticles surfaces a bad query as a CmsValidationError (a CmsHttpError) with status 400, naming the parameter', async () => {
    const refusal = await client.searchArticles({ query: '?!' }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(CmsHttpError);
    expect(refusal).toMatchObject({
      name: 'CmsValidationError',
      status: 400,
      issues: [{ parameter: 'q', message: 'needs at least one letter or digit' }],
    });
  });

  it('lists authors, sources, tags by name and sections in navigation order', async () => {
    const byName = <T extends { name: string }>(items: T[]) => items.map((item) => item.name).sort((a, b) => a.localeCompare(b));
    expect((await client.listAuthors()).map((author) => author.name)).toEqual(byName(sample.publication.authors));
    expect((await client.listSources()).map((source) => source.slug).sort()).toEqual(slugs(sample.publication.sources));
    expect((await client.listTags()).map((tag) => tag.slug).sort()).toEqual(slugs(sample.publication.tags));
    expect((await client.listSections()).map((section) => section.slug)).toEqual(
      [...sample.publication.sections].sort((a, b) => a.position - b.position).map((section) => section.slug),
    );
  });

  it('resolves image URLs that the CMS actually serves', async () => {
    const issue = await client.getLatestIssue();
    const response = await fetch(client.mediaUrl(issue!.cover!.image));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\//);
  });
});
