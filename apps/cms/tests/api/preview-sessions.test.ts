import {
  browserOf,
  PREVIEW_BROWSER_HEADER,
  PREVIEW_SESSION_HEADER,
  PREVIEW_SESSION_TTL_MS,
  verifyPreviewLink,
} from '@masthead/client/preview';
import request from 'supertest';
import { TEST_ADMIN, useCms } from '../harness/cms';
import { startFakeWebsite } from '../harness/fake-website';
import { sample } from '../harness/sample-facts';

/**
 * Preview access is per editor session (issue 16, point 1): the website's token alone reads no draft; a draft read
 * needs a preview session the admin opened for a signed-in editor, claimed by one browser, not expired, not left.
 */
let website: Awaited<ReturnType<typeof startFakeWebsite>>;
const api = () => request(cms.strapi.server.httpServer);

const TOKEN = 'preview-token-for-the-preview-session-tests-0123456789';
const SECRET = 'a-revalidation-secret-for-the-preview-session-tests';
const editorBrowser = browserOf('Mozilla/5.0 (X11; Linux x86_64) Chrome/156 (the editor)');
const otherBrowser = browserOf('Mozilla/5.0 (Macintosh) Safari/18 (someone else)');
const draft = sample.draftArticles[0];
const draftQuery = `/api/articles?filters[slug][$eq]=${draft.slug}&status=draft`;
const websiteAuth = { Authorization: `Bearer ${TOKEN}` };

beforeAll(async () => {
  website = await startFakeWebsite();
});

const cms = useCms(() => ({ previewToken: TOKEN, website: { url: website.url, secret: SECRET } }));

afterAll(async () => {
  await website?.stop();
});

async function signIn(): Promise<string> {
  return (await api().post('/admin/login').send(TEST_ADMIN).expect(200)).body.data.token;
}

/** What the admin's Preview button does: asks for the draft's preview URL, and the session the link carries. */
async function openPreview(adminToken: string): Promise<string> {
  const stored = await cms.strapi.documents('api::article.article').findFirst({ filters: { slug: draft.slug }, status: 'draft' });
  const response = await api()
    .get(`/content-manager/preview/url/api::article.article?documentId=${stored!.documentId}&status=draft`)
    .set('Authorization', `Bearer ${adminToken}`)
    .expect(200);
  const link = verifyPreviewLink(SECRET, new URL(response.body.data.url).searchParams);
  if (!link.ok) throw new Error(link.reason);
  expect(link.path).toBe(`/articles/${draft.slug}`);
  return link.session;
}

const sessionCall = (method: 'get' | 'post' | 'delete', session: string, browser: string) =>
  api()[method]('/api/preview-session').set(websiteAuth).set(PREVIEW_SESSION_HEADER, session).set(PREVIEW_BROWSER_HEADER, browser);

const readDraft = (session: string, browser: string) =>
  api().get(draftQuery).set(websiteAuth).set(PREVIEW_SESSION_HEADER, session).set(PREVIEW_BROWSER_HEADER, browser);

const slugs = (body: { data: Array<{ slug: string }> }) => body.data.map((article) => article.slug);

describe('preview sessions', () => {
  it('open on the loopback name the admin is open on, so the framed preview’s cookie stays first-party', async () => {
    // A second editor: Strapi limits log-ins per account, and this file's other tests use the first one's.
    const superAdmin = await cms.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-super-admin' } });
    const editor = { email: 'loopback.editor@masthead.test', password: 'Loopback-Editor-1!' };
    await cms.strapi.service('admin::user').create({ ...editor, firstname: 'Loopback', isActive: true, roles: [superAdmin.id] });
    const token = (await api().post('/admin/login').send(editor).expect(200)).body.data.token;
    const stored = await cms.strapi.documents('api::article.article').findFirst({ filters: { slug: draft.slug }, status: 'draft' });
    const linkFrom = async (host: string) =>
      new URL(
        (
          await api()
            .get(`/content-manager/preview/url/api::article.article?documentId=${stored!.documentId}&status=draft`)
            .set('Host', host)
            .set('Authorization', `Bearer ${token}`)
            .expect(200)
        ).body.data.url,
      );
    const site = new URL(website.url); // the website is configured as http://127.0.0.1:<port>
    const fromLocalhost = await linkFrom('localhost:1337');
    expect([fromLocalhost.hostname, fromLocalhost.port, fromLocalhost.pathname]).toEqual(['localhost', site.port, '/api/preview']);
    expect((await linkFrom('127.0.0.1:1337')).hostname).toBe('127.0.0.1');
    // A real host name never moves a link, in either direction.
    expect((await linkFrom('cms.paper.example')).hostname).toBe('127.0.0.1');
  });

  it('give the website’s token alone no draft, with or without made-up session headers', async () => {
    const bare = await api().get(draftQuery).set(websiteAuth).expect(401);
    expect(bare.body.error.message).toContain(PREVIEW_SESSION_HEADER);
    const madeUp = await readDraft('A'.repeat(43), editorBrowser).expect(401);
    expect(madeUp.body.error.message).toContain('no such preview session');
    // What readers get is unchanged: published only, no error.
    expect(slugs((await api().get(draftQuery).expect(200)).body)).toEqual([]);
  });

  it('read drafts in the browser that claimed the session, and in no other', async () => {
    const session = await openPreview(await signIn());
    // Not yet opened by any browser: nothing.
    await readDraft(session, editorBrowser).expect(401);

    const claimed = await sessionCall('post', session, editorBrowser).expect(200);
    expect(claimed.headers['cache-control']).toBe('no-store');
    expect(claimed.body.data.expires).toBeGreaterThan(Date.now());
    expect(claimed.body.data.expires).toBeLessThanOrEqual(Date.now() + PREVIEW_SESSION_TTL_MS);
    // The admin reloads its preview frame: the same browser claims again.
    await sessionCall('post', session, editorBrowser).expect(200);
    expect(slugs((await readDraft(session, editorBrowser).expect(200)).body)).toEqual([draft.slug]);

    const elsewhere = await sessionCall('post', session, otherBrowser).expect(401);
    expect(elsewhere.body.error.message).toContain('another browser');
    await readDraft(session, otherBrowser).expect(401);
    await sessionCall('get', session, otherBrowser).expect(401);
  });

  it('read nothing once left, once expired, once the editor signs out or is blocked', async () => {
    const adminToken = await signIn();
    const claim = async () => {
      const session = await openPreview(adminToken);
      await sessionCall('post', session, editorBrowser).expect(200);
      await readDraft(session, editorBrowser).expect(200);
      return session;
    };

    const left = await claim();
    await sessionCall('delete', left, editorBrowser).expect(204);
    expect((await readDraft(left, editorBrowser).expect(401)).body.error.message).toContain('left');

    const expired = await claim();
    await cms.strapi.db.getConnection('masthead_preview_sessions').update({ expires_at: Date.now() - 1 });
    expect((await readDraft(expired, editorBrowser).expect(401)).body.error.message).toContain('expired');

    const blocked = await claim();
    const user = await cms.strapi.db.query('admin::user').findOne({ where: { email: TEST_ADMIN.email } });
    await cms.strapi.db.query('admin::user').update({ where: { id: user.id }, data: { blocked: true } });
    try {
      expect((await readDraft(blocked, editorBrowser).expect(401)).body.error.message).toContain('signed out');
    } finally {
      await cms.strapi.db.query('admin::user').update({ where: { id: user.id }, data: { blocked: false } });
    }
    await readDraft(blocked, editorBrowser).expect(200);

    await api().post('/admin/logout').set('Authorization', `Bearer ${adminToken}`).send({}).expect(200);
    expect((await readDraft(blocked, editorBrowser).expect(401)).body.error.message).toContain('signed out');
  });

  it('answer nobody but the website, and give another token with a claimed session no draft', async () => {
    const session = await openPreview(await signIn());
    await api().post('/api/preview-session').set(PREVIEW_SESSION_HEADER, session).set(PREVIEW_BROWSER_HEADER, editorBrowser).expect(403);
    const other = await cms.strapi
      .service('admin::api-token')
      .create({ name: 'Another app (preview)', type: 'full-access', lifespan: null });
    await api()
      .post('/api/preview-session')
      .set('Authorization', `Bearer ${other.accessKey}`)
      .set(PREVIEW_SESSION_HEADER, session)
      .set(PREVIEW_BROWSER_HEADER, editorBrowser)
      .expect(403);
    // Another token with a claimed session still reads what readers read.
    await sessionCall('post', session, editorBrowser).expect(200);
    const otherRead = await api()
      .get(draftQuery)
      .set('Authorization', `Bearer ${other.accessKey}`)
      .set(PREVIEW_SESSION_HEADER, session)
      .set(PREVIEW_BROWSER_HEADER, editorBrowser)
      .expect(200);
    expect(slugs(otherRead.body)).toEqual([]);
    // Malformed headers are a 401 that says what to send, not a 500.
    await sessionCall('post', 'x'.repeat(5000), editorBrowser).expect(401);
    await sessionCall('post', session, 'not a browser').expect(401);
  });

  it('are answered per session, never from the response cache', async () => {
    const session = await openPreview(await signIn());
    await sessionCall('post', session, editorBrowser).expect(200);
    for (let round = 0; round < 2; round += 1) {
      const live = await sessionCall('get', session, editorBrowser).expect(200);
      expect([live.headers['x-masthead-cache'], live.headers.etag]).toEqual([undefined, undefined]);
    }
    await sessionCall('get', 'B'.repeat(43), editorBrowser).expect(401);
    await sessionCall('get', session, otherBrowser).expect(401);
  });

  it('keep only a digest of each session, and at most twenty live ones per editor', async () => {
    const adminToken = await signIn();
    const sessions = [];
    for (let index = 0; index < 21; index += 1) sessions.push(await openPreview(adminToken));
    const rows = await cms.strapi.db.getConnection('masthead_preview_sessions').select('*');
    expect(JSON.stringify(rows)).not.toContain(sessions[0]);
    expect(JSON.stringify(rows)).not.toContain(sessions[20]);
    await sessionCall('post', sessions[20], editorBrowser).expect(200);
    expect((await sessionCall('post', sessions[0], editorBrowser).expect(401)).body.error.message).toContain('left');
  });
});
