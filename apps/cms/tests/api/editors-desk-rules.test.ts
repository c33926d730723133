import request from 'supertest';
import { markdownToBlocks } from '../../src/content/markdown-to-blocks';
import { appendUnplacedArticles } from '../../src/document-middlewares/article-positions';
import { publishingWithArticles } from '../../src/publishing/issue-goes-live';
import { runDueSchedules } from '../../src/scheduling/run-due';
import { TEST_ADMIN, useCms } from '../harness/cms';

/**
 * The server's side of the editor's desk (issue 18): the rules the admin relies on hold on every write path —
 * a slug follows its headline until it is published or typed by hand, an article in an issue always has a place in
 * its table of contents, an issue never goes live as an empty shell, and a schedule time must still be ahead.
 */
const api = () => request(cms.strapi.server.httpServer);
const articles = () => cms.strapi.documents('api::article.article');
const issues = () => cms.strapi.documents('api::issue.issue');

const cms = useCms();

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

/** One log-in for the file: Strapi limits admin log-ins per address (its own rate limit, not Masthead's). */
let adminLogin: Promise<string> | undefined;
function adminToken(): Promise<string> {
  adminLogin ??= api()
    .post('/admin/login')
    .send(TEST_ADMIN)
    .expect(200)
    .then((response) => response.body.data.token as string);
  return adminLogin;
}

async function fullAccessToken(name: string): Promise<string> {
  return (await cms.strapi.service('admin::api-token').create({ name, type: 'full-access', lifespan: null })).accessKey;
}

async function anAuthor(): Promise<string> {
  return (await cms.strapi.documents('api::author.author').findMany({ limit: 1 }))[0].documentId;
}

async function draftIssue(number: number): Promise<{ documentId: string }> {
  const [volume] = await cms.strapi.documents('api::volume.volume').findMany({ limit: 1, sort: 'number:desc' });
  return issues().create({ data: { number, coverDate: '2032-03-01', volume: volume.documentId } as never });
}

async function articleIn(issue: string | null, title: string, extra: Record<string, unknown> = {}) {
  return articles().create({
    data: {
      title,
      dek: 'A dek.',
      body: markdownToBlocks('Body.'),
      authors: [await anAuthor()],
      ...(issue ? { issue } : {}),
      ...extra,
    } as never,
  });
}

/** The admin's Publish or Unpublish button on a document, as the edit view sends it. */
async function adminAction(uid: string, documentId: string, action: 'publish' | 'unpublish') {
  return api()
    .post(`/content-manager/collection-types/${uid}/${documentId}/actions/${action}`)
    .set('Authorization', `Bearer ${await adminToken()}`)
    .send({});
}

/** The article is refused, with the same sentence, by the document service, REST (a full-access token) and the admin. */
async function expectPublishRefused(documentId: string, refusal: string) {
  await expect(articles().publish({ documentId })).rejects.toThrow(refusal);
  const rest = await api()
    .put(`/api/articles/${documentId}?status=published`)
    .set('Authorization', `Bearer ${await fullAccessToken(`refused ${documentId}`)}`)
    .send({ data: { dek: 'Still a dek.' } });
  expect(rest.status).toBe(400);
  expect(rest.body.error.message).toBe(refusal);
  const admin = await adminAction('api::article.article', documentId, 'publish');
  expect(admin.status).toBe(400);
  expect(admin.body.error.message).toBe(refusal);
}

/** Publishes the issue with the given articles, as a release does (src/publishing/issue-goes-live.ts). */
function publishIssueWith(issue: string, ...articleIds: string[]) {
  return publishingWithArticles(cms.strapi, async () => {
    await issues().publish({ documentId: issue });
    for (const documentId of articleIds) await articles().publish({ documentId });
  });
}

const draftOf = (documentId: string) => cms.strapi.db.query('api::article.article').findOne({ where: { documentId, publishedAt: null } });

describe('a slug', () => {
  it('comes from the headline, not the admin’s placeholder, when a new article is saved', async () => {
    const token = await adminToken();
    const created = await api()
      .post('/content-manager/collection-types/api::article.article')
      .set('Authorization', `Bearer ${token}`)
      .send({ title: 'Night buses return', slug: 'article', dek: 'A dek.' })
      .expect(201);
    expect(created.body.data.slug).toBe('night-buses-return');
    const again = await articles().create({ data: { title: 'Night buses return', slug: 'article-3', dek: 'A dek.' } as never });
    expect(again.slug).toBe('night-buses-return-1');
  });

  it('follows the headline while the article has never been published, whichever path saves it', async () => {
    const token = await adminToken();
    const draft = await articleIn(null, 'Council votes on budget');
    expect(draft.slug).toBe('council-votes-on-budget');

    // The admin saves the whole form: the headline changed, the slug is sent back as it was.
    const saved = await api()
      .put(`/content-manager/collection-types/api::article.article/${draft.documentId}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ title: 'Council passes the budget', slug: 'council-votes-on-budget' })
      .expect(200);
    expect(saved.body.data.slug).toBe('council-passes-the-budget');

    // REST, sending the headline alone.
    const rest = await api()
      .put(`/api/articles/${draft.documentId}?status=draft`)
      .set('Authorization', `Bearer ${await fullAccessToken('slug follows')}`)
      .send({ data: { title: 'Council passes a late budget' } })
      .expect(200);
    expect(rest.body.data.slug).toBe('council-passes-a-late-budget');
  });

  it('stays as typed once an editor set it by hand', async () => {
    const draft = await articleIn(null, 'Robotics team wins');
    await articles().update({ documentId: draft.documentId, data: { title: 'Robotics team wins state', slug: 'robots-win' } as never });
    expect((await draftOf(draft.documentId)).slug).toBe('robots-win');
    await articles().update({ documentId: draft.documentId, data: { title: 'Robotics team wins the state final' } as never });
    expect((await draftOf(draft.documentId)).slug).toBe('robots-win');
  });

  it('stays once the article has been published, and for documents readers see from the start', async () => {
    const [issue] = await issues().findMany({ limit: 1, status: 'published' });
    const article = await articleIn(issue.documentId, 'Greenhouse opens');
    await articles().publish({ documentId: article.documentId });
    await articles().update({ documentId: article.documentId, data: { title: 'Greenhouse opens to all' } as never });
    expect((await draftOf(article.documentId)).slug).toBe('greenhouse-opens');

    const author = await cms.strapi.documents('api::author.author').create({ data: { name: 'Kim Reyes' } as never });
    expect(author.slug).toBe('kim-reyes');
    const renamed = await cms.strapi
      .documents('api::author.author')
      .update({ documentId: author.documentId, data: { name: 'Kim R. Reyes' } as never });
    expect(renamed!.slug).toBe('kim-reyes');
  });
});

describe('an article’s position in its issue', () => {
  it('is the end of the issue when none is given, on creation and when it moves into an issue', async () => {
    const issue = await draftIssue(61);
    const first = await articleIn(issue.documentId, 'Placed first', { position: 4 });
    const appended = await articleIn(issue.documentId, 'Placed without a position');
    expect((await draftOf(appended.documentId)).position).toBe(5);

    const loose = await articleIn(null, 'Not in an issue yet');
    expect((await draftOf(loose.documentId)).position).toBeNull();
    await articles().update({ documentId: loose.documentId, data: { issue: issue.documentId } as never });
    expect((await draftOf(loose.documentId)).position).toBe(6);

    // An explicit position is the editor's choice and stays.
    await articles().update({ documentId: first.documentId, data: { position: 2 } as never });
    expect((await draftOf(first.documentId)).position).toBe(2);
  });

  it('is repaired at start for articles saved before the rule', async () => {
    const issue = await draftIssue(62);
    const placed = await articleIn(issue.documentId, 'Already placed', { position: 3 });
    const legacy = await articleIn(issue.documentId, 'Saved before the rule');
    await cms.strapi.db.query('api::article.article').updateMany({ where: { documentId: legacy.documentId }, data: { position: null } });
    expect(await appendUnplacedArticles(cms.strapi)).toBe(1);
    expect((await draftOf(legacy.documentId)).position).toBe(4);
    expect((await draftOf(placed.documentId)).position).toBe(3);
  });
});

describe('an issue', () => {
  const refusal = /can’t go live without its articles: tick the ones that go out with it/;
  const isLive = async (documentId: string) =>
    (await cms.strapi.db.query('api::issue.issue').count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0;

  it('is never published as an empty shell: not by the document service, REST or the admin’s Publish button', async () => {
    const issue = await draftIssue(63);
    await articleIn(issue.documentId, 'Written but not released');
    await expect(issues().publish({ documentId: issue.documentId })).rejects.toThrow(refusal);

    const rest = await api()
      .put(`/api/issues/${issue.documentId}?status=published`)
      .set('Authorization', `Bearer ${await fullAccessToken('issue shell')}`)
      .send({ data: { editorsNote: markdownToBlocks('Welcome.') } });
    expect(rest.status).toBe(400);
    expect(rest.body.error.message).toMatch(refusal);

    const admin = await adminAction('api::issue.issue', issue.documentId, 'publish');
    expect(admin.status).toBe(400);
    expect(admin.body.error.message).toMatch(refusal);
    expect(await isLive(issue.documentId)).toBe(false);
    expect((await api().get(`/api/issues?filters[number][$eq]=63`).expect(200)).body.data).toEqual([]);
  });

  it('is not scheduled, nor released, with no article going out with it, and the schedule says why', async () => {
    const issue = await draftIssue(64);
    const article = await articleIn(issue.documentId, 'Left out of the release');
    await expect(issues().update({ documentId: issue.documentId, data: { releaseAt: hoursFromNow(1) } as never })).rejects.toThrow(
      'The release can’t be scheduled yet: no article is ticked to go out with the issue.',
    );
    // Ticked when it was scheduled, unticked since: the run refuses and says why.
    await articles().update({ documentId: article.documentId, data: { releaseWithIssue: true } as never });
    await issues().update({ documentId: issue.documentId, data: { releaseAt: hoursFromNow(1) } as never });
    await articles().update({ documentId: article.documentId, data: { releaseWithIssue: false } as never });
    const outcome = await runDueSchedules(cms.strapi, new Date(Date.now() + 2 * 3_600_000));
    expect(outcome.failed.find((failure) => failure.documentId === issue.documentId)?.reason).toMatch(refusal);
    expect(await isLive(issue.documentId)).toBe(false);
  });

  it('goes live with its articles when they are published together, and may be published again once live', async () => {
    const issue = await draftIssue(65);
    const article = await articleIn(issue.documentId, 'Goes out with the issue');
    await publishIssueWith(issue.documentId, article.documentId);
    expect(await isLive(issue.documentId)).toBe(true);
    await issues().update({ documentId: issue.documentId, data: { editorsNote: markdownToBlocks('Updated.') } as never });
    await issues().publish({ documentId: issue.documentId });
    const toc = (await api().get(`/api/issues?filters[documentId][$eq]=${issue.documentId}`).expect(200)).body.data[0].articles;
    expect(toc.map((entry: { title: string }) => entry.title)).toEqual(['Goes out with the issue']);
  });
});

describe('a live issue’s last live article', () => {
  it('cannot leave it empty: not unpublished, deleted or moved to another issue, by any path', async () => {
    const issue = await draftIssue(73);
    const other = await draftIssue(74);
    const lead = await articleIn(issue.documentId, 'The only story in issue 73');
    const second = await articleIn(issue.documentId, 'The second story in issue 73');
    await publishIssueWith(issue.documentId, lead.documentId);
    const refusal =
      '“The only story in issue 73” is the last live article of Volume 19, Issue 73 · March 2032: without it readers would find the issue empty. Publish another of its articles first, or unpublish the issue.';
    await expect(articles().unpublish({ documentId: lead.documentId })).rejects.toThrow(refusal);
    await expect(articles().delete({ documentId: lead.documentId })).rejects.toThrow(refusal);
    await articles().update({ documentId: lead.documentId, data: { issue: other.documentId } as never });
    await expect(articles().publish({ documentId: lead.documentId })).rejects.toThrow(refusal);
    const admin = await adminAction('api::article.article', lead.documentId, 'unpublish');
    expect(admin.status).toBe(400);
    expect(admin.body.error.message).toBe(refusal);
    const onSite = (await api().get(`/api/issues?filters[number][$eq]=73`).expect(200)).body.data[0].articles;
    expect(onSite.map((entry: { title: string }) => entry.title)).toEqual(['The only story in issue 73']);

    // With another article live, the first may go; once the issue is unpublished, so may the last.
    await articles().publish({ documentId: second.documentId });
    await articles().update({ documentId: lead.documentId, data: { issue: issue.documentId } as never });
    await articles().unpublish({ documentId: lead.documentId });
    await issues().unpublish({ documentId: issue.documentId });
    await articles().unpublish({ documentId: second.documentId });
  });
});

describe('an article with a “TK” still in it', () => {
  it('is not published by the document service, REST or the admin, and is once the TK is filled in', async () => {
    const issue = await draftIssue(70);
    const article = await articleIn(issue.documentId, 'Turnout counted', { body: markdownToBlocks('Turnout was TK percent.') });
    await expectPublishRefused(article.documentId, '“Turnout counted” can’t be published yet: fill in every “TK” still in the text.');

    await articles().update({ documentId: article.documentId, data: { body: markdownToBlocks('Turnout was 41 percent.') } as never });
    await articles().publish({ documentId: article.documentId });
    expect(
      await cms.strapi.db
        .query('api::article.article')
        .count({ where: { documentId: article.documentId, publishedAt: { $notNull: true } } }),
    ).toBe(1);
  });
});

describe('an article whose cover has no credit', () => {
  it('is not published by the document service, REST, the admin or its issue’s release, and is once credited', async () => {
    const issue = await draftIssue(76);
    const image = await cms.strapi.db.query('plugin::upload.file').findOne({ select: ['id'] });
    const article = await articleIn(issue.documentId, 'Uncredited cover', {
      cover: { image: image.id, alt: 'Rowers on a grey river at dawn', credit: '  ' },
      releaseWithIssue: true,
    });
    await expectPublishRefused(
      article.documentId,
      '“Uncredited cover” can’t be published yet: credit the cover image (who took or made it).',
    );
    const release = await api()
      .post(`/masthead/issues/${issue.documentId}/release`)
      .set('Authorization', `Bearer ${await adminToken()}`);
    expect(release.status).toBe(400);
    expect(release.body.error.message).toContain('credit the cover image');

    const cover = { image: image.id, alt: 'Rowers on a grey river at dawn', credit: 'Ada Quill / The Heron' };
    await articles().update({ documentId: article.documentId, data: { cover } as never });
    await articles().publish({ documentId: article.documentId });
    const published = await api().get(`/api/articles?filters[documentId][$eq]=${article.documentId}&populate[cover]=true`).expect(200);
    expect(published.body.data[0].cover).toEqual(expect.objectContaining({ credit: 'Ada Quill / The Heron' }));
  });
});

describe('a schedule time', () => {
  it('must still be ahead when it is set: a date picked without its time (midnight) is refused, not published at once', async () => {
    const issue = await draftIssue(66);
    const article = await articleIn(issue.documentId, 'Scheduled for midnight');
    const midnight = `${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`;
    const admin = await api()
      .put(`/content-manager/collection-types/api::article.article/${article.documentId}`)
      .set('Authorization', `Bearer ${await adminToken()}`)
      .send({ title: 'Scheduled for midnight', publishAt: midnight });
    expect(admin.status).toBe(400);
    expect(admin.body.error.message).toBe(
      `The publish time ${midnight.slice(0, 16).replace('T', ' ')} UTC has already passed: choose a later date and time, or publish it now.`,
    );
    expect((await draftOf(article.documentId)).publishAt).toBeNull();

    await expect(issues().update({ documentId: issue.documentId, data: { releaseAt: hoursFromNow(-1) } as never })).rejects.toThrow(
      /The release time .* has already passed: choose a later date and time, or release the issue now\./,
    );
    await expect(
      articles().update({ documentId: article.documentId, data: { unpublishAt: hoursFromNow(-0.01) } as never }),
    ).rejects.toThrow(/The unpublish time .* has already passed/);
  });

  it('set ahead is kept, and a save that sends it back unchanged is accepted', async () => {
    const article = await articleIn(null, 'Scheduled for tomorrow');
    const tomorrow = hoursFromNow(24);
    await articles().update({ documentId: article.documentId, data: { publishAt: tomorrow } as never });
    await articles().update({
      documentId: article.documentId,
      data: { title: 'Scheduled for tomorrow, 7:00', publishAt: tomorrow } as never,
    });
    expect(new Date((await draftOf(article.documentId)).publishAt).toISOString()).toBe(tomorrow);
  });

  it('carried out is remembered ("Published by schedule at …") until a new schedule is set', async () => {
    const issue = await draftIssue(72);
    const article = await articleIn(issue.documentId, 'Published by the scheduler');
    const at = hoursFromNow(1);
    await articles().update({ documentId: article.documentId, data: { publishAt: at } as never });
    await runDueSchedules(cms.strapi, new Date(Date.now() + 2 * 3_600_000));
    const done = await draftOf(article.documentId);
    expect(done).toMatchObject({ publishAt: null, scheduleDone: { kind: 'publish', at } });
    // The admin's edit view reads it with the document (its Schedule panel words it).
    const edited = await api()
      .get(`/content-manager/collection-types/api::article.article/${article.documentId}`)
      .set('Authorization', `Bearer ${await adminToken()}`)
      .expect(200);
    expect(edited.body.data.scheduleDone).toEqual({ kind: 'publish', at });
    // Readers never see it: it is the admin's note, not content.
    const published = (await api().get(`/api/articles?filters[documentId][$eq]=${article.documentId}`).expect(200)).body.data[0];
    expect(published).not.toHaveProperty('scheduleDone');

    await articles().update({ documentId: article.documentId, data: { unpublishAt: hoursFromNow(3) } as never });
    expect((await draftOf(article.documentId)).scheduleDone).toBeNull();
  });
});

describe('the issue desk (the issue screen’s admin API)', () => {
  async function desk(token: string, documentId: string) {
    return (await api().get(`/masthead/issues/${documentId}/desk`).set('Authorization', `Bearer ${token}`).expect(200)).body.data;
  }

  it('shows the table of contents in order with each article’s readiness, reorders it and releases it with what is marked', async () => {
    const token = await adminToken();
    const issue = await draftIssue(67);
    const lead = await articleIn(issue.documentId, 'Desk lead');
    const second = await articleIn(issue.documentId, 'Desk second');
    const unready = await articleIn(issue.documentId, 'Desk without a summary', { dek: ' ' });

    const before = await desk(token, issue.documentId);
    expect(before).toEqual(expect.objectContaining({ live: false, releaseAt: null }));
    expect(before.articles.map((article: { title: string; position: number }) => [article.title, article.position])).toEqual([
      ['Desk lead', 1],
      ['Desk second', 2],
      ['Desk without a summary', 3],
    ]);
    expect(before.articles[2].toDo).toEqual(['write its summary']);
    expect(before.articles[0].toDo).toEqual([]);

    const ordered = await api()
      .put(`/masthead/issues/${issue.documentId}/order`)
      .set('Authorization', `Bearer ${token}`)
      .send({ articles: [second.documentId, lead.documentId, unready.documentId] })
      .expect(200);
    expect(ordered.body.data.articles.map((article: { title: string }) => article.title)).toEqual([
      'Desk second',
      'Desk lead',
      'Desk without a summary',
    ]);
    const partial = await api()
      .put(`/masthead/issues/${issue.documentId}/order`)
      .set('Authorization', `Bearer ${token}`)
      .send({ articles: [lead.documentId, lead.documentId, 'nope'] })
      .expect(400);
    expect(partial.body.error.message).toMatch(/the documentId of every article filed in this issue, each once/);

    for (const article of [lead, second, unready]) {
      await api()
        .put(`/masthead/issues/${issue.documentId}/articles/${article.documentId}`)
        .set('Authorization', `Bearer ${token}`)
        .send({ releaseWithIssue: true })
        .expect(200);
    }
    const held = await api().post(`/masthead/issues/${issue.documentId}/release`).set('Authorization', `Bearer ${token}`).expect(400);
    expect(held.body.error.message).toBe('“Desk without a summary” can’t be published yet: write its summary.');

    await api()
      .put(`/masthead/issues/${issue.documentId}/articles/${unready.documentId}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ releaseWithIssue: false })
      .expect(200);
    const released = (await api().post(`/masthead/issues/${issue.documentId}/release`).set('Authorization', `Bearer ${token}`).expect(200))
      .body.data;
    expect(released.live).toBe(true);
    expect(released.articles.map((article: { title: string; live: boolean }) => [article.title, article.live])).toEqual([
      ['Desk second', true],
      ['Desk lead', true],
      ['Desk without a summary', false],
    ]);
    const toc = (await api().get(`/api/issues?filters[number][$eq]=67`).expect(200)).body.data[0].articles;
    expect(toc.map((entry: { title: string }) => entry.title)).toEqual(['Desk second', 'Desk lead']);
  });

  it('reorders a live issue as readers see it, publishing no pending edit and marking nothing modified', async () => {
    const issue = await draftIssue(75);
    const lead = await articleIn(issue.documentId, 'Live lead');
    const second = await articleIn(issue.documentId, 'Live second');
    await publishIssueWith(issue.documentId, lead.documentId, second.documentId);
    await articles().update({ documentId: second.documentId, data: { dek: 'A pending edit.' } as never });
    await api()
      .put(`/masthead/issues/${issue.documentId}/order`)
      .set('Authorization', `Bearer ${await adminToken()}`)
      .send({ articles: [second.documentId, lead.documentId] })
      .expect(200);

    const toc = (await api().get(`/api/issues?filters[number][$eq]=75`).expect(200)).body.data[0].articles;
    expect(toc.map((entry: { title: string }) => entry.title)).toEqual(['Live second', 'Live lead']);
    const versions = async (documentId: string) => {
      const rows = await cms.strapi.db.query('api::article.article').findMany({ where: { documentId } });
      const draft = rows.find((row: { publishedAt: unknown }) => !row.publishedAt);
      const live = rows.find((row: { publishedAt: unknown }) => row.publishedAt);
      return { draft, live, modified: new Date(draft.updatedAt) > new Date(live.updatedAt) };
    };
    const leadVersions = await versions(lead.documentId);
    expect(leadVersions).toMatchObject({ modified: false, draft: { position: 2 }, live: { position: 2 } });
    const secondVersions = await versions(second.documentId);
    expect(secondVersions).toMatchObject({
      modified: true,
      draft: { position: 1, dek: 'A pending edit.' },
      live: { position: 1, dek: 'A dek.' },
    });
  });

  it('answers only the admin’s own log-in, and says what a bad request lacks', async () => {
    const issue = await draftIssue(68);
    await api().get(`/masthead/issues/${issue.documentId}/desk`).expect(401);
    await api()
      .get(`/masthead/issues/${issue.documentId}/desk`)
      .set('Authorization', `Bearer ${await fullAccessToken('desk token')}`)
      .expect(401);
    const token = await adminToken();
    await api().get('/masthead/issues/no-such-issue/desk').set('Authorization', `Bearer ${token}`).expect(404);
    const article = await articleIn(issue.documentId, 'Desk toggle');
    const wrong = await api()
      .put(`/masthead/issues/${issue.documentId}/articles/${article.documentId}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ releaseWithIssue: 'yes' })
      .expect(400);
    expect(wrong.body.error.message).toBe('Send `releaseWithIssue` as true or false.');
    const elsewhere = await articleIn(null, 'Not in the issue');
    await api()
      .put(`/masthead/issues/${issue.documentId}/articles/${elsewhere.documentId}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ releaseWithIssue: true })
      .expect(404);
  });
});

describe('the article list’s details (the admin list view’s byline, place and checklist columns)', () => {
  it('gives each article’s byline names in order, section, place and what is left to do, for a page at once', async () => {
    const issue = await draftIssue(71);
    const [first, second] = await cms.strapi.documents('api::author.author').findMany({ limit: 2, sort: 'name:asc' });
    const ready = await articleIn(issue.documentId, 'Listed ready', { authors: [second.documentId, first.documentId] });
    const unready = await articleIn(issue.documentId, 'Listed TK', { dek: '', body: markdownToBlocks('Turnout: TK.') });
    const token = await adminToken();
    const listed = await api()
      .get(`/masthead/articles/list-details?documentIds=${ready.documentId},${unready.documentId},gone`)
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    expect(listed.body.data).toEqual({
      [ready.documentId]: { byline: [second.name, first.name], section: null, position: 1, toDo: [] },
      [unready.documentId]: {
        byline: [expect.any(String)],
        section: null,
        position: 2,
        toDo: ['write its summary', 'fill in every “TK” still in the text'],
      },
    });

    const tooMany = Array.from({ length: 101 }, (_, index) => `id${index}`).join(',');
    for (const query of ['', '?documentIds=', `?documentIds=${tooMany}`]) {
      const refused = await api().get(`/masthead/articles/list-details${query}`).set('Authorization', `Bearer ${token}`).expect(400);
      expect(refused.body.error.message).toBe('Send `documentIds`: between 1 and 100 article documentIds, separated by commas.');
    }
    await api()
      .get(`/masthead/articles/list-details?documentIds=${ready.documentId}`)
      .set('Authorization', `Bearer ${await fullAccessToken('list token')}`)
      .expect(401);
  });
});

describe('a source from a pasted address (the article form’s Add a source panel)', () => {
  const lookUp = async (url: string) =>
    api()
      .get('/masthead/sources/for-url')
      .query({ url })
      .set('Authorization', `Bearer ${await adminToken()}`);

  it('finds the outlet by its homepage’s domain, from any page or subdomain of it, without fetching the page', async () => {
    await cms.strapi
      .documents('api::source.source')
      .create({ data: { name: 'Daily Wire Service', homepageUrl: 'https://www.dailywire-service.org/' } as never });
    await cms.strapi
      .documents('api::source.source')
      .create({ data: { name: 'Wire Sports Desk', homepageUrl: 'https://sports.dailywire-service.org' } as never });
    const page = await lookUp('https://dailywire-service.org/2025/01/02/budget?ref=home');
    expect(page.status).toBe(200);
    expect(page.body.data).toMatchObject({
      url: 'https://dailywire-service.org/2025/01/02/budget?ref=home',
      host: 'dailywire-service.org',
      outlet: { name: 'Daily Wire Service' },
    });
    expect((await lookUp('https://live.sports.dailywire-service.org/scores')).body.data.outlet.name).toBe('Wire Sports Desk');
    expect((await lookUp('https://www.news.dailywire-service.org/a')).body.data.outlet.name).toBe('Daily Wire Service');
    // A homepage on another domain that merely contains this one is not a match.
    expect((await lookUp('https://wire-service.org/a')).body.data).toMatchObject({ outlet: null, suggestedName: 'Wire-service' });
  });

  it('offers a new outlet, adds it once, and the next page of that site finds it', async () => {
    const unknown = (await lookUp('https://www.chalkbeat-test.org/2025/story')).body.data;
    expect(unknown).toMatchObject({ outlet: null, host: 'chalkbeat-test.org', suggestedName: 'Chalkbeat-test' });
    const token = await adminToken();
    const added = await api()
      .post('/masthead/sources')
      .set('Authorization', `Bearer ${token}`)
      .send({ name: ' Chalkbeat Test ', url: unknown.url })
      .expect(200);
    expect(added.body.data).toMatchObject({ name: 'Chalkbeat Test' });
    const stored = await cms.strapi.db.query('api::source.source').findOne({ where: { documentId: added.body.data.documentId } });
    expect(stored).toMatchObject({ homepageUrl: 'https://www.chalkbeat-test.org/', slug: 'chalkbeat-test' });
    const again = await api()
      .post('/masthead/sources')
      .set('Authorization', `Bearer ${token}`)
      .send({ name: 'chalkbeat test', url: 'https://chalkbeat-test.org/x' })
      .expect(200);
    expect(again.body.data.documentId).toBe(added.body.data.documentId);
    expect((await lookUp('https://chalkbeat-test.org/another')).body.data.outlet.documentId).toBe(added.body.data.documentId);
  });

  it('finds an outlet saved without a homepage through an earlier citation of its site', async () => {
    const outlet = await cms.strapi.documents('api::source.source').create({ data: { name: 'No Homepage Weekly' } as never });
    await articleIn(null, 'Cites a weekly', {
      citations: [{ source: outlet.documentId, url: 'https://noho-weekly.example.com/issue/1', pageTitle: 'Issue 1' }],
    });
    expect((await lookUp('https://noho-weekly.example.com/issue/2')).body.data.outlet.name).toBe('No Homepage Weekly');
  });

  it('says what is wrong with a bad address or name, and answers only the admin’s log-in', async () => {
    for (const [url, reason] of [
      ['bbc.com/news', 'Paste the page’s full address, starting with https://'],
      ['javascript:alert(1)', 'A cited page’s address starts with https:// or http://'],
      ['http://intranet/', 'That address has no domain name (like bbc.com) in it.'],
    ]) {
      const refused = await lookUp(url);
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toBe(reason);
    }
    const token = await adminToken();
    const unnamed = await api()
      .post('/masthead/sources')
      .set('Authorization', `Bearer ${token}`)
      .send({ name: '  ', url: 'https://a.example.org/' });
    expect(unnamed.status).toBe(400);
    expect(unnamed.body.error.message).toBe('Name the outlet (at most 120 characters).');
    await api()
      .get('/masthead/sources/for-url?url=https://a.example.org/')
      .set('Authorization', `Bearer ${await fullAccessToken('sources token')}`)
      .expect(401);
  });
});

describe('an editor who does not run the CMS (Strapi’s Editor role)', () => {
  it('is not given the developer tools: Content-Type Builder, Marketplace, plugins, the system’s user collection', async () => {
    const editorRole = await cms.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
    const password = 'Section-Editor-1!';
    await cms.strapi.service('admin::user').create({
      email: 'section.editor@masthead.test',
      firstname: 'Section',
      lastname: 'Editor',
      password,
      isActive: true,
      roles: [editorRole.id],
    });
    const login = await api().post('/admin/login').send({ email: 'section.editor@masthead.test', password }).expect(200);
    const permissions = (await api().get('/admin/users/me/permissions').set('Authorization', `Bearer ${login.body.data.token}`).expect(200))
      .body.data as Array<{ action: string; subject: string | null }>;
    const actions = permissions.map((permission) => permission.action);
    expect(actions).toEqual(expect.arrayContaining(['plugin::content-manager.explorer.read']));
    for (const developerTool of ['plugin::content-type-builder.read', 'admin::marketplace.read', 'admin::webhooks.read']) {
      expect(actions).not.toContain(developerTool);
    }
    expect(permissions.filter((permission) => permission.subject === 'plugin::users-permissions.user')).toEqual([]);
  });
});

describe('the newsroom dashboard (the admin home page’s widget)', () => {
  it('lists my drafts, what is scheduled soonest first, and the issue in the making with what is not ready', async () => {
    const token = await adminToken();
    const issue = await draftIssue(69);
    // Written through the admin, so the signed-in editor is their author.
    const mine = await api()
      .post('/content-manager/collection-types/api::article.article')
      .set('Authorization', `Bearer ${token}`)
      .send({ title: 'My draft on the desk', dek: 'A dek.' })
      .expect(201);
    await articleIn(issue.documentId, 'Ready for issue 69', { releaseWithIssue: true });
    await articleIn(issue.documentId, 'Not ready for issue 69', { dek: ' ' });
    const later = await articleIn(null, 'Scheduled later');
    const sooner = await articleIn(null, 'Scheduled sooner');
    await articles().update({ documentId: later.documentId, data: { publishAt: hoursFromNow(48) } as never });
    await articles().update({ documentId: sooner.documentId, data: { publishAt: hoursFromNow(24) } as never });
    await issues().update({ documentId: issue.documentId, data: { coverDate: '2099-01-01', releaseAt: hoursFromNow(36) } as never });

    const dashboard = (await api().get('/masthead/dashboard').set('Authorization', `Bearer ${token}`).expect(200)).body.data;
    expect(dashboard.myDrafts.map((article: { documentId: string }) => article.documentId)).toContain(mine.body.data.documentId);
    const scheduled = dashboard.scheduled.map((item: { title: string }) => item.title);
    expect(scheduled.indexOf('Scheduled sooner')).toBeLessThan(scheduled.indexOf('Volume 19, Issue 69 · January 2099'));
    expect(scheduled.indexOf('Volume 19, Issue 69 · January 2099')).toBeLessThan(scheduled.indexOf('Scheduled later'));
    expect(dashboard.currentIssue).toEqual({
      documentId: issue.documentId,
      label: 'Volume 19, Issue 69 · January 2099',
      live: false,
      articles: 2,
      liveArticles: 0,
      goingOut: 1,
      notReady: ['Not ready for issue 69'],
    });
    await api().get('/masthead/dashboard').expect(401);
  });

  it('lists the drafts still missing a summary or their cover’s alt text or credit', async () => {
    const image = await cms.strapi.db.query('plugin::upload.file').findOne({ select: ['id'] });
    const noSummary = await articleIn(null, 'Dashboard: no summary yet', { dek: '' });
    const noAlt = await articleIn(null, 'Dashboard: cover without alt', { cover: { image: image.id, alt: null } });
    const noCredit = await articleIn(null, 'Dashboard: cover without credit', { cover: { image: image.id, alt: 'A described cover' } });
    const complete = await articleIn(null, 'Dashboard: complete', {
      cover: { image: image.id, alt: 'A described cover', credit: 'Ada Quill' },
    });
    const dashboard = (
      await api()
        .get('/masthead/dashboard')
        .set('Authorization', `Bearer ${await adminToken()}`)
        .expect(200)
    ).body.data;
    const listed = dashboard.missingSummaryAltOrCredit.map((article: { documentId: string }) => article.documentId);
    expect(listed).toEqual(expect.arrayContaining([noSummary.documentId, noAlt.documentId, noCredit.documentId]));
    expect(listed).not.toContain(complete.documentId);
  });
});
