import { createClient } from '@masthead/client';
import { SIGNATURE_HEADER, signRevalidation, TIMESTAMP_HEADER } from '@masthead/client/revalidation';
import { TEST_ADMIN } from '../harness/stack';

/**
 * Publish to live, end to end on the built site: an editor's publish reaches readers through the CMS's signed
 * revalidation request, long before the ISR interval (300 s) would; and the revalidation route refuses anything
 * it cannot trust.
 */
const webUrl = () => process.env.MASTHEAD_TEST_WEB_URL!;
const cmsUrl = () => process.env.MASTHEAD_TEST_CMS_URL!;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function adminFetch(path: string, init: { method: string; body?: unknown }) {
  const login = await fetch(`${cmsUrl()}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(TEST_ADMIN),
  });
  const { data } = (await login.json()) as { data: { token: string } };
  const response = await fetch(`${cmsUrl()}${path}`, {
    method: init.method,
    headers: { authorization: `Bearer ${data.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(init.body ?? {}),
  });
  if (!response.ok) throw new Error(`${init.method} ${path}: ${response.status} ${await response.text()}`);
}

async function pageText(path: string): Promise<string> {
  return (await fetch(`${webUrl()}${path}`)).text();
}

describe('publish to live', () => {
  it('shows an edit on the article and its issue page once the editor publishes it', async () => {
    const latest = (await createClient({ baseUrl: cmsUrl() }).getLatestIssue())!;
    const article = latest.articles[0];
    const issuePath = `/volumes/${latest.volume.number}/issues/${latest.number}`;
    expect(await pageText(`/articles/${article.slug}`)).toContain(article.title.replace(/&/g, '&amp;'));
    await pageText(issuePath); // Both pages are now cached.

    const corrected = `${article.title} (corrected)`;
    const base = `/content-manager/collection-types/api::article.article/${article.documentId}`;
    await adminFetch(base, { method: 'PUT', body: { title: corrected } });
    await adminFetch(`${base}/actions/publish`, { method: 'POST' });

    const deadline = Date.now() + 15_000;
    let articlePage = '';
    let issuePage = '';
    while (Date.now() < deadline) {
      [articlePage, issuePage] = await Promise.all([pageText(`/articles/${article.slug}`), pageText(issuePath)]);
      if (articlePage.includes('(corrected)') && issuePage.includes('(corrected)')) break;
      await sleep(200);
    }
    expect(articlePage).toContain('(corrected)');
    expect(issuePage).toContain('(corrected)');
  }, 60_000);

  describe('POST /api/revalidate', () => {
    const body = JSON.stringify({ id: `test-${Date.now()}`, event: 'test', tags: ['articles'], paths: [] });
    const post = (headers: Record<string, string>, payload = body) =>
      fetch(`${webUrl()}/api/revalidate`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: payload });
    const signedHeaders = (timestamp: number, secret = process.env.MASTHEAD_TEST_REVALIDATE_SECRET!, payload = body) => ({
      [TIMESTAMP_HEADER]: String(timestamp),
      [SIGNATURE_HEADER]: signRevalidation(secret, payload, timestamp),
    });

    it('refuses a request without a signature, with a wrong one and with a stale one', async () => {
      expect((await post({})).status).toBe(401);
      expect((await post(signedHeaders(Date.now(), 'not-the-secret-not-the-secret-not-the'))).status).toBe(401);
      expect((await post(signedHeaders(Date.now() - 10 * 60 * 1000))).status).toBe(401);
      // A middleware-bypass header changes nothing (there is no middleware to bypass, and the route checks itself).
      expect((await post({ 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' })).status).toBe(401);
    });

    it('accepts a signed request once and refuses its replay', async () => {
      const headers = signedHeaders(Date.now());
      expect((await post(headers)).status).toBe(200);
      expect((await post(headers)).status).toBe(409);
    });
  });
});
