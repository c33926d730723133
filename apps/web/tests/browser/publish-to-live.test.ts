import { createClient } from '@masthead/client';
import { PREVIEW_LINK_TTL_MS, SIGNATURE_HEADER, signPreviewLink, signRevalidation, TIMESTAMP_HEADER } from '@masthead/client/revalidation';
import { launchChromium } from '../harness/browser';
import { adminFetch } from '../harness/admin-api';

/**
 * Publish to live, end to end on the built site: an editor's publish reaches readers through the CMS's signed
 * revalidation request, long before the ISR interval (300 s) would; and the revalidation route refuses anything
 * it cannot trust.
 */
const webUrl = () => process.env.MASTHEAD_TEST_WEB_URL!;
const cmsUrl = () => process.env.MASTHEAD_TEST_CMS_URL!;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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

  it('sends readers of an article’s old URL to its new one for good once its slug changes', async () => {
    const latest = (await createClient({ baseUrl: cmsUrl() }).getLatestIssue())!;
    const article = latest.articles[2];
    const oldPath = `/articles/${article.slug}`;
    const newPath = `/articles/${article.slug}-renamed`;
    expect((await fetch(`${webUrl()}${oldPath}`)).status).toBe(200); // The old page is cached.

    const base = `/content-manager/collection-types/api::article.article/${article.documentId}`;
    await adminFetch(base, { method: 'PUT', body: { slug: `${article.slug}-renamed` } });
    await adminFetch(`${base}/actions/publish`, { method: 'POST' });

    const deadline = Date.now() + 15_000;
    let moved = await fetch(`${webUrl()}${oldPath}`, { redirect: 'manual' });
    while (moved.status !== 308 && Date.now() < deadline) {
      await sleep(200);
      moved = await fetch(`${webUrl()}${oldPath}`, { redirect: 'manual' });
    }
    expect(moved.status).toBe(308);
    // Exactly one Location (fetch joins repeated headers with ", "): the render that caches the redirect and the
    // cached copy served afterwards.
    expect(moved.headers.get('location')).toBe(newPath);
    const cached = await fetch(`${webUrl()}${oldPath}`, { redirect: 'manual' });
    expect([cached.status, cached.headers.get('location')]).toEqual([308, newPath]);
    expect(await pageText(newPath)).toContain('<h1');
  }, 60_000);

  it('previews a draft edit for the editor who opens the admin’s preview link, and for nobody else', async () => {
    const latest = (await createClient({ baseUrl: cmsUrl() }).getLatestIssue())!;
    const article = latest.articles[1];
    const base = `/content-manager/collection-types/api::article.article/${article.documentId}`;
    await adminFetch(base, { method: 'PUT', body: { title: `${article.title} (draft edit)` } });

    const preview = await adminFetch(`/content-manager/preview/url/api::article.article?documentId=${article.documentId}&status=draft`, { method: 'GET' });
    const { data } = (await preview.json()) as { data: { url: string } };
    const link = new URL(data.url);
    expect(`${link.origin}${link.pathname}`).toBe(`${webUrl()}/api/preview`);

    const browser = await launchChromium();
    try {
      const editor = await browser.newPage();
      const response = await editor.goto(data.url);
      expect(new URL(editor.url()).pathname).toBe(`/articles/${article.slug}`);
      expect(response?.headers()['cache-control']).toMatch(/no-store|private/);
      await expect(editor.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(`${article.title} (draft edit)`);
      await expect(editor.getByRole('status').filter({ hasText: 'Preview' }).count()).resolves.toBe(1);

      // Readers, then and after, get what is published.
      const reader = await pageText(`/articles/${article.slug}`);
      expect(reader).not.toContain('(draft edit)');
      expect(reader).not.toContain('Leave the preview');

      await editor.getByRole('link', { name: 'Leave the preview' }).click();
      await editor.waitForURL(`${webUrl()}/`);
      await editor.goto(`${webUrl()}/articles/${article.slug}`);
      await expect(editor.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(article.title);

      // The same link, replayed from another browser (no preview cookie), opens nothing.
      const replay = await fetch(data.url, { redirect: 'manual' });
      expect([replay.status, await replay.text()]).toEqual([401, expect.stringContaining('already opened')]);

      // A tampered link opens nothing.
      link.searchParams.set('path', '/volumes');
      expect((await fetch(link, { redirect: 'manual' })).status).toBe(401);
    } finally {
      await browser.close();
    }
  }, 60_000);

  describe('GET /api/preview', () => {
    const open = (query: URLSearchParams, headers: Record<string, string> = {}) => fetch(`${webUrl()}/api/preview?${query}`, { redirect: 'manual', headers });
    const secret = () => process.env.MASTHEAD_TEST_REVALIDATE_SECRET!;

    it('refuses a link without a signature, with a wrong one and an expired one, and turns on no preview', async () => {
      const unsigned = new URLSearchParams({ path: '/', expires: String(Date.now() + 60_000) });
      const wrong = signPreviewLink('not-the-secret-not-the-secret-not-the', '/');
      const expired = signPreviewLink(secret(), '/', Date.now() - PREVIEW_LINK_TTL_MS - 60_000);
      for (const [name, query] of Object.entries({ unsigned, wrong, expired })) {
        const response = await open(query);
        expect([name, response.status, response.headers.get('set-cookie')]).toEqual([name, 401, null]);
      }
      // A middleware-bypass header changes nothing here either.
      const bypass = await open(unsigned, { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' });
      expect(bypass.status).toBe(401);
      // The control: a fresh link signed with the secret opens the preview.
      const valid = await open(signPreviewLink(secret(), '/'));
      expect([valid.status, valid.headers.get('set-cookie')]).toEqual([307, expect.stringContaining('__prerender_bypass')]);
    });
  });

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
