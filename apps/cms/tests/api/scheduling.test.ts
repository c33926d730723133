import request from 'supertest';
import { markdownToBlocks } from '../../src/content/markdown-to-blocks';
import { TEST_ADMIN, useCms } from '../harness/cms';
import { createReadyDraft } from '../harness/ready-draft';

/**
 * The scheduler on the real path: documents scheduled a few seconds ahead, the public REST API polled until they
 * appear. Deadlines here only bound a broken scheduler; how fast items go live is measured in bench/.
 */
const api = () => request(cms.strapi.server.httpServer);
const articles = () => cms.strapi.documents('api::article.article');
const issues = () => cms.strapi.documents('api::issue.issue');

const cms = useCms();

const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function isPublic(slug: string): Promise<boolean> {
  const response = await api().get(`/api/articles?filters[slug][$eq]=${slug}&fields[0]=slug`).expect(200);
  return response.body.data.length === 1;
}

async function waitUntil(check: () => Promise<boolean>, deadlineMs = 20_000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < deadlineMs) {
    if (await check()) return Date.now();
    await sleep(100);
  }
  throw new Error(`Not done within ${deadlineMs} ms`);
}

async function readyArticle(slug: string, extra: Record<string, unknown> = {}) {
  return (await createReadyDraft(cms.strapi, `Scheduled ${slug}`, slug, extra)).article;
}

async function draftRow(uid: 'api::article.article' | 'api::issue.issue', documentId: string) {
  return cms.strapi.db.query(uid).findOne({ where: { documentId, publishedAt: null } });
}

describe('scheduled publishing', () => {
  it('publishes an article at its time and not before', async () => {
    const at = inSeconds(3);
    await readyArticle('sched-publish', { publishAt: at });
    await sleep(1500);
    expect(await isPublic('sched-publish')).toBe(false);
    const liveAt = await waitUntil(() => isPublic('sched-publish'));
    expect(liveAt).toBeGreaterThanOrEqual(Date.parse(at));
    const draft = await draftRow('api::article.article', (await articles().findFirst({ filters: { slug: 'sched-publish' } }))!.documentId);
    expect(draft.publishAt).toBeNull();
  }, 30_000);

  it('unpublishes an article at its unpublish time', async () => {
    const article = await readyArticle('sched-unpublish');
    await articles().publish({ documentId: article.documentId });
    await articles().update({ documentId: article.documentId, data: { unpublishAt: inSeconds(2) } as never });
    expect(await isPublic('sched-unpublish')).toBe(true);
    await waitUntil(async () => !(await isPublic('sched-unpublish')));
  }, 30_000);

  it('refuses an unpublish time before the publish time', async () => {
    await expect(readyArticle('sched-backwards', { publishAt: inSeconds(60), unpublishAt: inSeconds(30) })).rejects.toThrow(
      'The unpublish time must come after the publish time.',
    );
  });

  it('keeps an article that fails the publish check unpublished and says why', async () => {
    const article = await articles().create({
      data: {
        title: 'Scheduled without a byline',
        slug: 'sched-no-byline',
        dek: 'A dek.',
        body: markdownToBlocks('Body.'),
        publishAt: inSeconds(2),
      } as never,
    });
    await waitUntil(async () => Boolean((await draftRow('api::article.article', article.documentId)).scheduleError));
    const draft = await draftRow('api::article.article', article.documentId);
    expect(draft.scheduleError).toMatch(
      /The scheduled publication of “Scheduled without a byline” at .* did not happen: .*add at least one author/,
    );
    expect(draft.publishAt).toBeNull();
    expect(await isPublic('sched-no-byline')).toBe(false);

    // Scheduling again clears the report.
    await articles().update({ documentId: article.documentId, data: { publishAt: inSeconds(3600) } as never });
    expect((await draftRow('api::article.article', article.documentId)).scheduleError).toBeNull();
  }, 30_000);

  it('takes a time picked in the admin as its whole minute, and keeps the seconds other apps send', async () => {
    // The admin's picker shows 14:02 but sends the seconds of the moment it was filled in.
    const picked = '2031-05-04T14:02:35.282Z';
    const login = await api().post('/admin/login').send(TEST_ADMIN).expect(200);
    const created = await api()
      .post('/content-manager/collection-types/api::article.article')
      .set('Authorization', `Bearer ${login.body.data.token}`)
      .send({ title: 'Picked in the admin', slug: 'sched-admin-minute', publishAt: picked, unpublishAt: '2031-05-05T09:30:59.999Z' })
      .expect(201);
    const draft = await draftRow('api::article.article', created.body.data.documentId);
    expect(new Date(draft.publishAt).toISOString()).toBe('2031-05-04T14:02:00.000Z');
    expect(new Date(draft.unpublishAt).toISOString()).toBe('2031-05-05T09:30:00.000Z');

    const scheduledByApp = await readyArticle('sched-api-seconds', { publishAt: picked });
    expect(new Date((await draftRow('api::article.article', scheduledByApp.documentId)).publishAt).toISOString()).toBe(picked);
  });

  it('publishes, on start, what fell due while the CMS was down', async () => {
    const at = inSeconds(2);
    await readyArticle('sched-catch-up', { publishAt: at });
    await cms.restart(async () => {
      await sleep(Math.max(0, Date.parse(at) - Date.now()) + 500);
    });
    const started = Date.now();
    await waitUntil(() => isPublic('sched-catch-up'));
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 120_000);
});

describe('issue release', () => {
  async function draftIssue(number: number) {
    const [volume] = await cms.strapi.documents('api::volume.volume').findMany({ limit: 1, sort: 'number:desc' });
    return issues().create({ data: { number, coverDate: '2031-02-01', volume: volume.documentId } as never });
  }

  async function articleIn(issueId: string, slug: string, extra: Record<string, unknown>) {
    const [author] = await cms.strapi.documents('api::author.author').findMany({ limit: 1 });
    return articles().create({
      data: {
        title: `In the issue ${slug}`,
        slug,
        dek: 'A dek.',
        body: markdownToBlocks('Body.'),
        authors: [author.documentId],
        issue: issueId,
        ...extra,
      } as never,
    });
  }

  const issueIsPublic = async (documentId: string) =>
    (await api().get(`/api/issues?filters[documentId][$eq]=${documentId}`).expect(200)).body.data.length === 1;

  it('publishes the issue and its articles marked ready together, and leaves the others as drafts', async () => {
    const issue = await draftIssue(41);
    await articleIn(issue.documentId, 'release-ready-1', { releaseWithIssue: true });
    await articleIn(issue.documentId, 'release-ready-2', { releaseWithIssue: true });
    await articleIn(issue.documentId, 'release-not-marked', {});
    await issues().update({ documentId: issue.documentId, data: { releaseAt: inSeconds(2) } as never });

    await waitUntil(() => issueIsPublic(issue.documentId));
    expect(await isPublic('release-ready-1')).toBe(true);
    expect(await isPublic('release-ready-2')).toBe(true);
    expect(await isPublic('release-not-marked')).toBe(false);
    const response = await api().get(`/api/issues?filters[documentId][$eq]=${issue.documentId}`).expect(200);
    expect(response.body.data[0].articles.map((article: { slug: string }) => article.slug).sort()).toEqual([
      'release-ready-1',
      'release-ready-2',
    ]);
  }, 30_000);

  it('holds the whole release back when one marked article is not ready, naming it', async () => {
    const issue = await draftIssue(42);
    await articleIn(issue.documentId, 'held-ready', { releaseWithIssue: true });
    const unready = await articleIn(issue.documentId, 'held-no-summary', { releaseWithIssue: true, dek: ' ' });
    // Not schedulable as it stands: the refusal names the article and what it lacks.
    await expect(issues().update({ documentId: issue.documentId, data: { releaseAt: inSeconds(60) } as never })).rejects.toThrow(
      'The release can’t be scheduled yet: “In the issue held-no-summary” can’t be published yet: write its summary.',
    );
    // Scheduled while ready, then changed: the run itself holds the release back.
    await articles().update({ documentId: unready.documentId, data: { dek: 'A dek.' } as never });
    await issues().update({ documentId: issue.documentId, data: { releaseAt: inSeconds(2) } as never });
    await articles().update({ documentId: unready.documentId, data: { dek: ' ' } as never });

    await waitUntil(async () => Boolean((await draftRow('api::issue.issue', issue.documentId)).scheduleError));
    expect((await draftRow('api::issue.issue', issue.documentId)).scheduleError).toMatch(
      /The release of .* did not happen: “In the issue held-no-summary” can’t be published yet: write its summary\./,
    );
    expect(await issueIsPublic(issue.documentId)).toBe(false);
    expect(await isPublic('held-ready')).toBe(false);
  }, 30_000);
});
