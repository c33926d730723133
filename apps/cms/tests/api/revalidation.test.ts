import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyRevalidation, type RevalidationRequest } from '@masthead/client/revalidation';
import request from 'supertest';
import { startCms, type TestCms } from '../harness/cms';
import { startFakeWebsite } from '../harness/fake-website';
import { createReadyDraft } from '../harness/ready-draft';

/**
 * Publish to live, CMS side: every change readers can see sends one signed request naming exactly the pages to
 * rebuild, after the change is committed (the website re-reads at once), and scheduled publishing sends it once
 * even with two CMS instances on one PostgreSQL database.
 */
const SECRET = 'revalidation-secret-for-the-tests-0123456789';
let cms: TestCms;
let website: Awaited<ReturnType<typeof startFakeWebsite>>;
const api = () => request(cms.strapi.server.httpServer);
const articles = () => cms.strapi.documents('api::article.article');

/** Whether the public API showed the slug when each request arrived: proof the request came after the commit. */
const visibleAtDelivery = new Map<string, boolean>();

beforeAll(async () => {
  website = await startFakeWebsite(async (received) => {
    if (!cms) return 200; // The sample seed publishes while the CMS boots.
    const { tags } = JSON.parse(received.body) as RevalidationRequest;
    for (const tag of tags.filter((tag) => tag.startsWith('article:'))) {
      const slug = tag.slice('article:'.length);
      const response = await api().get(`/api/articles?filters[slug][$eq]=${slug}&fields[0]=slug`);
      visibleAtDelivery.set(slug, response.body.data.length === 1);
    }
    return 200;
  });
  cms = await startCms({ listen: true, website: { url: website.url, secret: SECRET } });
}, 180_000);

afterAll(async () => {
  await cms?.stop();
  await website?.stop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The verified requests that arrived since `from`, waiting briefly for stragglers. */
async function requestsSince(from: number, atLeast = 1, waitMs = 5000): Promise<RevalidationRequest[]> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const verified = website.received.slice(from).map((received) => {
      const result = verifyRevalidation({
        secret: SECRET,
        body: received.body,
        timestamp: received.headers[TIMESTAMP_HEADER] as string,
        signature: received.headers[SIGNATURE_HEADER] as string,
      });
      if (!result.ok) throw new Error(`A request failed verification: ${result.reason}`);
      return result.request;
    });
    if (verified.length >= atLeast || Date.now() > deadline) return verified;
    await sleep(50);
  }
}

/** The first verified request since `from` that matches, waiting for it; later deliveries of earlier changes are skipped. */
async function requestMatching(from: number, matches: (request: RevalidationRequest) => boolean, waitMs = 15_000) {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const found = (await requestsSince(from, 0, 0)).filter(matches);
    if (found.length || Date.now() > deadline) return found;
    await sleep(50);
  }
}

const readyDraft = (slug: string) => createReadyDraft(cms.strapi, `Revalidate ${slug}`, slug);

/** A ready draft, published once its publish's requests are delivered; `from` counts the requests sent so far. */
async function publishedArticle(slug: string) {
  const { article } = await readyDraft(slug);
  const published = website.received.length;
  await articles().publish({ documentId: article.documentId });
  await requestsSince(published);
  return { article, from: website.received.length };
}

describe('revalidation requests', () => {
  it('are sent, signed, once per publish, naming the article, its issue, byline and lists, after the commit', async () => {
    const from = website.received.length;
    const { article, author, issue } = await readyDraft('reval-publish');
    expect(await requestsSince(from, 1, 500)).toEqual([]);

    await articles().publish({ documentId: article.documentId });
    const [sent, ...more] = await requestsSince(from);
    expect(more).toEqual([]);
    expect(sent.event).toBe('api::article.article.publish');
    expect(sent.tags.sort()).toEqual(
      [
        'articles',
        'article:reval-publish',
        `issue:${issue.volume.number}:${issue.number}`,
        `author:${(author as { slug: string }).slug}`,
        'issues',
      ].sort(),
    );
    expect(visibleAtDelivery.get('reval-publish')).toBe(true);
  });

  it('name the old URL and both slugs when a published article’s slug changes', async () => {
    const { article, from } = await publishedArticle('reval-old-slug');

    await articles().update({ documentId: article.documentId, data: { slug: 'reval-new-slug' } as never });
    await articles().publish({ documentId: article.documentId });
    const [sent] = await requestsSince(from);
    expect(sent.paths).toEqual(['/articles/reval-old-slug']);
    expect(sent.tags).toEqual(expect.arrayContaining(['article:reval-old-slug', 'article:reval-new-slug', 'redirects']));

    // The old URL redirects for good; a second rename points every older URL straight at the newest.
    const target = async (from: string) =>
      (await api().get(`/api/redirects?filters[from][$eq]=${from}`).expect(200)).body.data.map((redirect: { to: string }) => redirect.to);
    expect(await target('/articles/reval-old-slug')).toEqual(['/articles/reval-new-slug']);
    await articles().update({ documentId: article.documentId, data: { slug: 'reval-newest-slug' } as never });
    await articles().publish({ documentId: article.documentId });
    expect(await target('/articles/reval-old-slug')).toEqual(['/articles/reval-newest-slug']);
    expect(await target('/articles/reval-new-slug')).toEqual(['/articles/reval-newest-slug']);

    // Taking an old slug back makes that URL an article again, not a redirect.
    await articles().update({ documentId: article.documentId, data: { slug: 'reval-old-slug' } as never });
    await articles().publish({ documentId: article.documentId });
    expect(await target('/articles/reval-old-slug')).toEqual([]);
    expect(await target('/articles/reval-newest-slug')).toEqual(['/articles/reval-old-slug']);
  });

  it('name the pages that showed an article when it is unpublished', async () => {
    const { article, from } = await publishedArticle('reval-unpublish');
    await articles().unpublish({ documentId: article.documentId });
    const [sent] = await requestMatching(from, (request) => request.event === 'api::article.article.unpublish');
    expect(sent.tags).toContain('article:reval-unpublish');
  });

  it('name an author’s pages and their articles when the author is renamed', async () => {
    const [author] = await cms.strapi.documents('api::author.author').findMany({ limit: 1, populate: ['articles'] });
    const from = website.received.length;
    await cms.strapi.documents('api::author.author').update({ documentId: author.documentId, data: { name: `${author.name} Jr.` } });
    const [sent] = await requestMatching(from, (request) => request.event === 'api::author.author.update');
    expect(sent.tags).toEqual(expect.arrayContaining(['authors', `author:${author.slug}`]));
    expect(sent.tags.filter((tag) => tag.startsWith('article:')).length).toBeGreaterThan(0);
  });

  it('are sent for scheduled publications too', async () => {
    const { article } = await readyDraft('reval-scheduled');
    const from = website.received.length;
    await articles().update({ documentId: article.documentId, data: { publishAt: new Date(Date.now() + 2000).toISOString() } as never });
    const sent = await requestMatching(from, (request) => request.tags.includes('article:reval-scheduled'));
    expect(sent.map((each) => each.event)).toEqual(['api::article.article.publish']);
  }, 30_000);
});

const onPostgres = process.env.MASTHEAD_TEST_DATABASE === 'postgres';

(onPostgres ? describe : describe.skip)('two CMS instances on one PostgreSQL database', () => {
  let second: ChildProcess | undefined;

  afterAll(() => {
    second?.kill();
  });

  it('publish each scheduled article exactly once', async () => {
    // A second instance on the same database, in its own process (Strapi is a per-process singleton).
    second = spawn(
      process.execPath,
      [
        '-e',
        `require('@strapi/strapi').createStrapi({ appDir: ${JSON.stringify(path.resolve(__dirname, '../..'))}, distDir: ${JSON.stringify(path.resolve(__dirname, '../../dist'))} }).load().then(() => console.log('second instance ready'))`,
      ],
      { env: { ...process.env, PORT: '0', MASTHEAD_SEED_SAMPLE: 'false' }, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve, reject) => {
      second!.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('second instance ready') && resolve());
      second!.on('exit', (code) => reject(new Error(`The second instance exited with ${code}`)));
    });

    const drafts = await Promise.all(Array.from({ length: 6 }, (_, index) => readyDraft(`two-instances-${index}`)));
    const from = website.received.length;
    // Ahead by more than six writes take: a schedule time already past is refused (scheduling/schedule-fields.ts).
    const at = new Date(Date.now() + 5000).toISOString();
    for (const { article } of drafts) await articles().update({ documentId: article.documentId, data: { publishAt: at } as never });

    const sent = await requestsSince(from, drafts.length, 20_000);
    await sleep(3000); // Room for a duplicate to arrive, were there one.
    const published = (await requestsSince(from, 0, 0)).filter((each) => each.event === 'api::article.article.publish');
    expect(sent.length).toBeGreaterThanOrEqual(drafts.length);
    const perSlug = published.flatMap((each) => each.tags.filter((tag) => tag.startsWith('article:two-instances-')));
    expect(perSlug.sort()).toEqual(drafts.map((_, index) => `article:two-instances-${index}`).sort());
  }, 120_000);
});
