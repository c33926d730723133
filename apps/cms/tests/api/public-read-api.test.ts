import request from 'supertest';
import { RESTART_BUDGET_MS, useCms } from '../harness/cms';
import { sample } from '../harness/sample-facts';
import { maxPageSize } from '../harness/page-size';
import { COUNT_AHEAD } from '@masthead/client/contract';

const api = () => request(cms.strapi.server.httpServer);

const PREVIEW_TOKEN = 'preview-token-for-the-public-read-tests-0123456789';

const cms = useCms({ previewToken: PREVIEW_TOKEN });

const slugsOf = (body: { data: Array<{ slug: string }> }) => body.data.map((item) => item.slug).sort();

describe('the public read API on the seeded sample publication', () => {
  it('lists every published article and no draft', async () => {
    const response = await api().get('/api/articles?pagination[pageSize]=100').expect(200);
    expect(slugsOf(response.body)).toEqual(sample.liveArticles.map((article) => article.slug).sort());
    expect(response.body.meta.pagination.total).toBe(sample.liveArticles.length);
  });

  it('serves no draft when asked for ?status=draft', async () => {
    const response = await api().get('/api/articles?status=draft&pagination[pageSize]=100').expect(200);
    expect(slugsOf(response.body)).toEqual(sample.liveArticles.map((article) => article.slug).sort());
  });

  it.each(['DRAFT', 'any', ''])('refuses ?status=%p, naming the values it takes', async (status) => {
    const response = await api().get(`/api/articles?status=${status}&pagination[pageSize]=100`).expect(400);
    expect(response.body.error.message).toBe('status must be published or draft.');
    expect(response.body.error.details).toEqual({ parameter: 'status', allowed: ['published', 'draft'] });
  });

  it('serves drafts to no API token on its own: the website’s needs a preview session (preview-sessions.test.ts)', async () => {
    const draft = sample.draftArticles[0];
    const query = `/api/articles?filters[slug][$eq]=${draft.slug}&status=draft`;
    await api().get(query).set('Authorization', `Bearer ${PREVIEW_TOKEN}`).expect(401);

    const other = await cms.strapi
      .service('admin::api-token-content-api')
      .create({ name: 'Another app', type: 'read-only', lifespan: null });
    const otherApp = await api().get(query).set('Authorization', `Bearer ${other.accessKey}`).expect(200);
    expect(otherApp.body.data).toEqual([]);
  });

  it('lets a Read-only token search as readers do (Strapi gives such tokens only find and findOne)', async () => {
    const other = await cms.strapi
      .service('admin::api-token-content-api')
      .create({ name: 'Another app (search)', type: 'read-only', lifespan: null });
    const reader = await api().get('/api/search?q=school').expect(200);
    const otherApp = await api().get('/api/search?q=school').set('Authorization', `Bearer ${other.accessKey}`).expect(200);
    expect(otherApp.body.data.length).toBeGreaterThan(0);
    expect(otherApp.body).toEqual(reader.body);
  });

  it.each(['articles', 'issues', 'volumes', 'authors', 'sources', 'sections', 'tags', 'redirects'])(
    'answers the website’s token on /api/%s exactly as a reader, from the same cache entry',
    async (type) => {
      const url = `/api/${type}?pagination[pageSize]=${maxPageSize(type)}&sort=updatedAt:desc`;
      const reader = await api().get(url).expect(200);
      const website = await api().get(url).set('Authorization', `Bearer ${PREVIEW_TOKEN}`).expect(200);
      expect(website.body).toEqual(reader.body);
      expect(website.headers['x-masthead-cache']).toBe('HIT');
      expect(website.headers.etag).toBe(reader.headers.etag);
      expect(website.headers['cache-control']).toMatch(/^public/);
    },
  );

  it(
    'lets the website’s token search and follow redirects as readers do, also after an older release left it fewer permissions',
    async () => {
      const tokenRow = await cms.strapi.db.query('admin::api-token').findOne({ where: { name: 'Website preview' } });
      await cms.strapi.service('admin::api-token-content-api').update(tokenRow.id, { permissions: ['api::article.article.find'] });
      await cms.restart();
      const auth = { Authorization: `Bearer ${PREVIEW_TOKEN}` };
      await api().get('/api/search?q=school').set(auth).expect(200);
      await api().get('/api/redirects').set(auth).expect(200);
    },
    RESTART_BUDGET_MS,
  );

  it('finds no draft article by its slug', async () => {
    for (const draft of sample.draftArticles) {
      const response = await api().get(`/api/articles?filters[slug][$eq]=${draft.slug}&status=draft`).expect(200);
      expect(response.body.data).toEqual([]);
    }
  });

  it('leaves draft issues out of volumes, also when populated through a relation', async () => {
    const response = await api().get('/api/volumes?sort=number:asc').expect(200);
    const listed = response.body.data.flatMap((volume: { number: number; issues: Array<{ number: number }> }) =>
      volume.issues.map((issue) => `${volume.number}/${issue.number}`),
    );
    expect(listed.sort()).toEqual(sample.liveIssues.map((issue) => `${issue.volume}/${issue.number}`).sort());
  });

  it('returns an article with authors, issue and volume, section, tags, cover and sources in one request', async () => {
    const expected =
      sample.liveArticles.find((article) => article.citations.length >= 2 && article.authors.length >= 2) ?? sample.liveArticles[0];
    const response = await api().get(`/api/articles?filters[slug][$eq]=${expected.slug}`).expect(200);
    expect(response.body.data).toHaveLength(1);
    const article = response.body.data[0];

    expect(article.title).toBe(expected.title);
    expect(article.authors.map((author: { slug: string }) => author.slug)).toEqual(expected.authors);
    expect(article.authors[0]).toEqual(expect.objectContaining({ name: expect.any(String), role: expect.any(String) }));
    expect(article.issue).toEqual(expect.objectContaining({ number: expected.issue.number, coverDate: expected.issue.coverDate }));
    expect(article.issue.volume.number).toBe(expected.issue.volume);
    expect(article.section.slug).toBe(expected.section);
    expect(article.tags.map((tag: { slug: string }) => tag.slug).sort()).toEqual([...expected.tags].sort());
    expect(article.cover).toEqual(expect.objectContaining({ alt: expected.cover.alt }));
    expect(article.cover.image.url).toMatch(/^\/uploads\/.+\.jpg$/);
    expect(article.citations.map((citation: { source: { slug: string } }) => citation.source.slug)).toEqual(
      expected.citations.map((citation) => citation.source),
    );
    expect(article.body[0].type).toBeDefined();
    expect(article.readingTimeMinutes).toBeGreaterThanOrEqual(1);
    expect(article.firstPublishedAt).toEqual(expect.any(String));
  });

  it('returns an issue with its table of contents in editor order', async () => {
    const expected = sample.liveIssues[sample.liveIssues.length - 1];
    const response = await api()
      .get(`/api/issues?filters[number][$eq]=${expected.number}&filters[volume][number][$eq]=${expected.volume}`)
      .expect(200);
    expect(response.body.data).toHaveLength(1);
    const issue = response.body.data[0];
    expect(issue.volume.number).toBe(expected.volume);
    expect(issue.label).toMatch(new RegExp(`^Volume ${expected.volume}, Issue ${expected.number} · `));
    expect(issue.articles.map((article: { slug: string }) => article.slug)).toEqual(expected.articles.map((article) => article.slug));
    expect(issue.articles[0].authors[0].name).toEqual(expect.any(String));
  });

  it('never serves an author email, however it is asked for', async () => {
    const probes = [
      '/api/authors?pagination[pageSize]=100',
      '/api/authors?populate=*',
      '/api/authors?fields[0]=email&fields[1]=name',
      '/api/articles?populate[authors][fields][0]=email',
      '/api/articles?populate=*&pagination[pageSize]=100',
      '/api/issues?populate[articles][populate][authors]=*',
    ];
    for (const probe of probes) {
      const response = await api().get(probe);
      for (const email of sample.authorEmails) expect(response.text).not.toContain(email);
      expect(response.text).not.toMatch(/"email"\s*:/);
    }
  });

  it('refuses to filter by a private field, so emails cannot be guessed letter by letter', async () => {
    const unfiltered = await api().get('/api/authors?pagination[pageSize]=100');
    const response = await api().get('/api/authors?filters[email][$startsWith]=a&pagination[pageSize]=100');
    if (response.status === 200) expect(response.body.data).toEqual(unfiltered.body.data);
    else expect(response.status).toBe(400);
  });

  it('refuses a page size past 100', async () => {
    const response = await api().get('/api/articles?pagination[pageSize]=1000').expect(400);
    expect(response.body.error.details.parameter).toBe('pagination[pageSize]');
  });

  it('lets the public read every reader-facing type but write none', async () => {
    for (const type of ['volumes', 'issues', 'articles', 'authors', 'sources', 'sections', 'tags']) {
      await api().get(`/api/${type}`).expect(200);
      await api()
        .post(`/api/${type}`)
        .send({ data: { name: 'x' } })
        .expect(403);
    }
  });

  it('serves the publication’s settings whole, to readers and to tokens alike, and lets nobody write them', async () => {
    const response = await api().get('/api/publication').expect(200);
    const { settings } = sample.publication;
    expect(response.body.data).toMatchObject({
      contactEmail: settings.contactEmail,
      parentOrganization: settings.parentOrganization,
      parentOrganizationUrl: settings.parentOrganizationUrl,
      icon: { mime: 'image/jpeg', width: 512, height: 512 },
    });
    expect(response.body.data.about[0].type).toBe('paragraph');
    expect(response.body.data.icon.url).toMatch(/^\/uploads\//);
    expect(response.body.data).not.toHaveProperty('createdBy');
    await api().get('/api/publication?status=draft').expect(200);
    // Read-only over REST: the write routes do not exist.
    await api()
      .put('/api/publication')
      .send({ data: { contactEmail: 'x@example.org' } })
      .expect(405);
    await api().delete('/api/publication').expect(405);
  });

  it.each(['populate=*', 'fields[0]=contactEmail', 'filters[id][$eq]=1', 'pagination[pageSize]=1', 'sort=updatedAt'])(
    'refuses GET /api/publication?%s, naming what it takes',
    async (query) => {
      const response = await api().get(`/api/publication?${query}`).expect(400);
      expect(response.body.error.message).toMatch(/ is not a parameter of GET \/api\/publication; it takes none but status\.$/);
      expect(response.body.error.details.allowed).toEqual(['status']);
    },
  );

  it('lists a source’s citing articles with one filter', async () => {
    const citing = sample.liveArticles.filter((article) => article.citations.some((c) => c.source === sample.publication.sources[0].slug));
    const response = await api()
      .get(`/api/articles?filters[citations][source][slug][$eq]=${sample.publication.sources[0].slug}&pagination[pageSize]=100`)
      .expect(200);
    expect(slugsOf(response.body)).toEqual(citing.map((article) => article.slug).sort());
  });
});

describe('totals past the count bound (COUNT_AHEAD)', () => {
  const EXTRA = COUNT_AHEAD + 100;
  let actual = 0;

  beforeAll(async () => {
    const now = new Date();
    const rows = Array.from({ length: EXTRA }, (_, index) => ({
      document_id: `totals-test-redirect-${String(index).padStart(5, '0')}`,
      from: `/totals-test/${index}`,
      to: '/',
      created_at: now,
      updated_at: now,
      published_at: now,
    }));
    await cms.strapi.db.connection.batchInsert('redirects', rows, 200);
    actual = await cms.strapi.db.query('api::redirect.redirect').count({});
  });

  afterAll(async () => {
    await cms.strapi.db.connection('redirects').where('from', 'like', '/totals-test/%').delete();
  });

  it('stops counting past the bound and says so: total and page count are lower bounds', async () => {
    const { body } = await api().get('/api/redirects?pagination[pageSize]=100').expect(200);
    expect(body.meta.pagination).toEqual({ page: 1, pageSize: 100, pageCount: 11, total: COUNT_AHEAD + 1, totalIsExact: false });
  });

  it('reaches every row, each once, when a client pages on while page < pageCount', async () => {
    const seen: string[] = [];
    for (let page = 1; ; page += 1) {
      const { body } = await api().get(`/api/redirects?sort=from:asc&pagination[pageSize]=100&pagination[page]=${page}`).expect(200);
      seen.push(...body.data.map((redirect: { from: string }) => redirect.from));
      if (page >= body.meta.pagination.pageCount) {
        expect(body.meta.pagination).toMatchObject({ total: actual, totalIsExact: true });
        break;
      }
    }
    expect(seen).toHaveLength(actual);
    expect(new Set(seen).size).toBe(actual);
  });

  it('counts from the page’s own first row in the start/limit form too', async () => {
    const { body } = await api().get('/api/redirects?pagination[start]=1000&pagination[limit]=10').expect(200);
    expect(body.meta.pagination).toEqual({ start: 1000, limit: 10, total: actual, totalIsExact: true });
  });

  it('leaves the total and its exactness out with withCount=false', async () => {
    const { body } = await api().get('/api/redirects?pagination[pageSize]=10&pagination[withCount]=false').expect(200);
    expect(body.meta.pagination).toEqual({ page: 1, pageSize: 10 });
  });

  it('is exact, and says so, below the bound', async () => {
    const { body } = await api().get('/api/articles?pagination[pageSize]=5').expect(200);
    expect(body.meta.pagination).toMatchObject({ total: sample.liveArticles.length, totalIsExact: true });
  });
});
