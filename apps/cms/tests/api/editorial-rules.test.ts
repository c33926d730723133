import request from 'supertest';
import { markdownToBlocks } from '../../src/content/markdown-to-blocks';
import { readingTimeMinutes } from '../../src/content/reading-time';
import { publishingWithArticles } from '../../src/publishing/issue-goes-live';
import { seedSampleIfEmpty } from '../../src/seed/seed-sample';
import { TEST_ADMIN, useCms } from '../harness/cms';
import { sample } from '../harness/sample-facts';

const api = () => request(cms.strapi.server.httpServer);
const issues = () => cms.strapi.documents('api::issue.issue');
const articles = () => cms.strapi.documents('api::article.article');

const cms = useCms();

/** What an article needs to be publishable (see publish-readiness): a byline and an issue. */
async function byline(): Promise<{ authors: string[]; issue: string }> {
  const [author] = await cms.strapi.documents('api::author.author').findMany({ limit: 1 });
  const [issue] = await issues().findMany({ limit: 1 });
  return { authors: [author.documentId], issue: issue.documentId };
}

async function volumeId(number: number): Promise<string> {
  const [volume] = await cms.strapi.documents('api::volume.volume').findMany({ filters: { number } });
  return volume.documentId;
}

describe('issue numbers', () => {
  const existing = sample.liveIssues[0];

  it('are unique within a volume, with a message an editor understands', async () => {
    await expect(
      issues().create({
        data: { volume: await volumeId(existing.volume), number: existing.number, coverDate: '2030-01-01' },
      }),
    ).rejects.toThrow(`Volume ${existing.volume} already has an Issue ${existing.number}`);
  });

  it('leave nothing behind when the write is refused', async () => {
    const count = await cms.strapi.db.query('api::issue.issue').count({ where: { coverDate: '2030-01-01' } });
    expect(count).toBe(0);
  });

  it('may repeat across volumes', async () => {
    const otherVolume = sample.publication.volumes.find((volume) => volume.number !== existing.volume)!;
    // The sample's volumes number their issues differently, so this number is free in the other volume.
    expect(otherVolume.issues.map((issue) => issue.number)).not.toContain(existing.number);
    const created = await issues().create({
      data: { volume: await volumeId(otherVolume.number), number: existing.number, coverDate: '2031-01-01' },
    });
    expect(created.documentId).toEqual(expect.any(String));
    await issues().delete({ documentId: created.documentId });
  });

  it('cannot be changed into a number the volume already has', async () => {
    const [other] = await issues().findMany({
      filters: { volume: { number: existing.volume }, number: { $ne: existing.number } },
    });
    await expect(issues().update({ documentId: other.documentId, data: { number: existing.number } })).rejects.toThrow(
      `Volume ${existing.volume} already has an Issue ${existing.number}`,
    );
    const [unchanged] = await issues().findMany({ filters: { documentId: other.documentId } });
    expect(unchanged.number).toBe(other.number);
  });

  it('do not clash with the same issue’s own draft when it is published', async () => {
    const issue = await issues().create({ data: { volume: await volumeId(existing.volume), number: 88, coverDate: '2030-03-01' } });
    const article = await articles().create({
      data: { title: 'In issue 88', dek: 'A dek.', body: markdownToBlocks('Text.'), ...(await byline()), issue: issue.documentId } as never,
    });
    // An issue goes live with its articles (src/publishing/issue-goes-live.ts).
    await publishingWithArticles(cms.strapi, async () => {
      await issues().publish({ documentId: issue.documentId });
      await articles().publish({ documentId: article.documentId });
    });
    // The issue first: a live issue never loses its last live article (src/publishing/issue-goes-live.ts).
    await issues().delete({ documentId: issue.documentId });
    await articles().delete({ documentId: article.documentId });
  });

  it('are refused over REST with a 400 and the reason', async () => {
    const token = await cms.strapi.service('admin::api-token').create({
      name: 'editorial-rules test',
      type: 'full-access',
      lifespan: null,
    });
    const response = await api()
      .post('/api/issues')
      .set('Authorization', `Bearer ${token.accessKey}`)
      .send({ data: { volume: await volumeId(existing.volume), number: existing.number, coverDate: '2030-02-01' } })
      .expect(400);
    expect(response.body.error.message).toBe(
      `Volume ${existing.volume} already has an Issue ${existing.number}. Choose another issue number.`,
    );
  });

  it('need a volume before the issue can be published', async () => {
    const orphan = await issues().create({ data: { number: 99, coverDate: '2032-01-01' } });
    await expect(issues().publish({ documentId: orphan.documentId })).rejects.toThrow(
      'Choose a volume for this issue before publishing it.',
    );
    await issues().delete({ documentId: orphan.documentId });
  });
});

describe('computed article fields', () => {
  const body = markdownToBlocks(Array.from({ length: 700 }, (_, i) => `word${i}`).join(' '));

  it('computes the reading time from the body and ignores a typed-in value', async () => {
    const article = await articles().create({
      data: { title: 'Reading time check', slug: 'reading-time-check', dek: 'A dek.', body, readingTimeMinutes: 42 },
    });
    expect(article.readingTimeMinutes).toBe(readingTimeMinutes(body));
    expect(article.readingTimeMinutes).toBe(3);

    const updated = await articles().update({
      documentId: article.documentId,
      data: { body: body.slice(0, 0).concat(markdownToBlocks('Short now.')) },
    });
    expect(updated?.readingTimeMinutes).toBe(1);
  });

  it('stamps the first publication date once and keeps it across later publications', async () => {
    const article = await articles().create({
      data: { title: 'First published check', slug: 'first-published-check', dek: 'A dek.', body, ...(await byline()) } as never,
    });
    expect(article.firstPublishedAt).toBeNull();

    const before = Date.now();
    await articles().publish({ documentId: article.documentId });
    const [first] = await articles().findMany({
      filters: { documentId: article.documentId },
      status: 'published',
    });
    const stamped = new Date(first.firstPublishedAt as string).getTime();
    expect(stamped).toBeGreaterThanOrEqual(before - 1000);

    await articles().update({ documentId: article.documentId, data: { title: 'Renamed' } });
    await articles().publish({ documentId: article.documentId });
    const [again] = await articles().findMany({
      filters: { documentId: article.documentId },
      status: 'published',
    });
    expect(again.title).toBe('Renamed');
    expect(new Date(again.firstPublishedAt as string).getTime()).toBe(stamped);
  });
});

describe('the check before publishing an article', () => {
  const body = markdownToBlocks('A short body.');

  it('refuses an article without byline or issue, naming everything missing, and publishes nothing', async () => {
    const article = await articles().create({ data: { title: 'Not ready', slug: 'not-ready', dek: 'A dek.', body } });
    await expect(articles().publish({ documentId: article.documentId })).rejects.toThrow(
      '“Not ready” can’t be published yet: add at least one author to the byline and choose the issue it appears in.',
    );
    expect(await articles().findMany({ filters: { documentId: article.documentId }, status: 'published' })).toEqual([]);
  });

  it('refuses a create with status published, leaving no draft behind', async () => {
    await expect(
      articles().create({ data: { title: 'Straight to print', slug: 'straight-to-print', dek: 'A dek.', body }, status: 'published' }),
    ).rejects.toThrow(/can’t be published yet/);
    expect(await articles().findMany({ filters: { slug: 'straight-to-print' } })).toEqual([]);
  });

  it('publishes once the article is ready', async () => {
    const article = await articles().create({ data: { title: 'Ready now', slug: 'ready-now', dek: 'A dek.', body } });
    await articles().update({ documentId: article.documentId, data: (await byline()) as never });
    await articles().publish({ documentId: article.documentId });
    expect(await articles().findMany({ filters: { documentId: article.documentId }, status: 'published' })).toHaveLength(1);
  });

  it('is what the admin shows when the Publish button is pressed', async () => {
    const article = await articles().create({ data: { title: 'Admin publish', slug: 'admin-publish', dek: 'A dek.', body } });
    const login = await api().post('/admin/login').send(TEST_ADMIN).expect(200);
    const response = await api()
      .post(`/content-manager/collection-types/api::article.article/${article.documentId}/actions/publish`)
      .set('Authorization', `Bearer ${login.body.data.token}`)
      .send({});
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/“Admin publish” can’t be published yet: add at least one author/);
  });
});

describe('slugs', () => {
  it('are not generated from a title past its length, which is refused as it stands', async () => {
    const token = await cms.strapi.service('admin::api-token').create({ name: 'long title test', type: 'full-access', lifespan: null });
    const response = await api()
      .post('/api/articles?status=draft')
      .set('Authorization', `Bearer ${token.accessKey}`)
      .send({ data: { title: 'x'.repeat(65_000), dek: 'A dek.', body: markdownToBlocks('Text.') } });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body.error)).toMatch(/title must be at most 200 characters/);
    // Slugifying it first would have taken seconds of the only CPU the CMS has: the title would not be checked yet.
    expect(await articles().count({ filters: { title: { $startsWith: 'xxxx' } } } as never)).toBe(0);
  });

  it('are generated from the title when a writer sends none, and kept unique', async () => {
    const token = await cms.strapi.service('admin::api-token').create({ name: 'slug test', type: 'full-access', lifespan: null });
    const create = () =>
      api()
        .post('/api/articles?status=draft')
        .set('Authorization', `Bearer ${token.accessKey}`)
        .send({ data: { title: 'Café opens — at last!', dek: 'A dek.', body: markdownToBlocks('Text.') } })
        .expect(201);
    const first = (await create()).body.data;
    const second = (await create()).body.data;
    expect(first.slug).toBe('cafe-opens-at-last');
    expect(second.slug).toBe('cafe-opens-at-last-1');
  });
});

describe('first run', () => {
  it('created the first admin from the environment', async () => {
    const admin = await cms.strapi.db.query('admin::user').findOne({ where: { email: TEST_ADMIN.email } });
    expect(admin).toEqual(expect.objectContaining({ isActive: true }));
  });

  it('never seeds the sample twice', async () => {
    const before = await cms.strapi.db.query('api::article.article').count();
    const report = await seedSampleIfEmpty(cms.strapi);
    expect(report.seeded).toBe(false);
    expect(await cms.strapi.db.query('api::article.article').count()).toBe(before);
  });
});

describe('volume and issue numbers', () => {
  it.each([
    ['a volume past 9,999', '/api/volumes', { number: 5_000_000, startYear: 2030 }, /number must be less than or equal to 9999/],
    ['an issue past 999', '/api/issues', { number: 99_999, coverDate: '2031-01-01' }, /number must be less than or equal to 999/],
  ])('refuse %s, which the website could not route, over REST and in the admin', async (_name, path, data, message) => {
    const token = await cms.strapi.service('admin::api-token').create({ name: `numbers ${path}`, type: 'full-access', lifespan: null });
    const rest = await api().post(path).set('Authorization', `Bearer ${token.accessKey}`).send({ data });
    expect(rest.status).toBe(400);
    expect(JSON.stringify(rest.body.error)).toMatch(message);
    const uid = path === '/api/volumes' ? 'api::volume.volume' : 'api::issue.issue';
    const login = await api().post('/admin/login').send(TEST_ADMIN).expect(200);
    const admin = await api()
      .post(`/content-manager/collection-types/${uid}`)
      .set('Authorization', `Bearer ${login.body.data.token}`)
      .send(data);
    expect(admin.status).toBe(400);
    expect(JSON.stringify(admin.body.error)).toMatch(message);
  });
});
