import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createClient } from '@masthead/client';
import { PREVIEW_COOKIE, PREVIEW_LINK_TTL_MS, signPreviewLink, verifyPreviewLink } from '@masthead/client/preview';
import { SIGNATURE_HEADER, signRevalidation, TIMESTAMP_HEADER } from '@masthead/client/revalidation';
import { launchChromium } from '@masthead/test-kit/chromium';
import { adminFetch } from '../harness/admin-api';

/**
 * Publish to live, end to end on the built site: an editor's publish reaches readers through the CMS's signed
 * revalidation request, long before the ISR interval (300 s) would; and the revalidation route refuses anything
 * it cannot trust.
 */
const ARTIFACTS = path.resolve(__dirname, '..', 'test-artifacts', 'browser');
const webUrl = () => process.env.MASTHEAD_TEST_WEB_URL!;
const cmsUrl = () => process.env.MASTHEAD_TEST_CMS_URL!;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function pageText(path: string): Promise<string> {
  return (await fetch(`${webUrl()}${path}`)).text();
}

describe('publish to live', () => {
  it('shows an edit on the article, its issue page, the home page and the feed once the editor publishes it', async () => {
    const latest = (await createClient({ baseUrl: cmsUrl() }).getLatestIssue())!;
    const article = latest.articles[0];
    const issuePath = `/volumes/${latest.volume.number}/issues/${latest.number}`;
    expect(await pageText(`/articles/${article.slug}`)).toContain(article.title.replace(/&/g, '&amp;'));
    await Promise.all([pageText(issuePath), pageText('/'), pageText('/feed.xml')]); // All are cached now.

    const corrected = `${article.title} (corrected)`;
    const base = `/content-manager/collection-types/api::article.article/${article.documentId}`;
    await adminFetch(base, { method: 'PUT', body: { title: corrected } });
    await adminFetch(`${base}/actions/publish`, { method: 'POST' });

    const deadline = Date.now() + 15_000;
    let articlePage = '';
    let issuePage = '';
    let home = '';
    let feed = '';
    while (Date.now() < deadline) {
      [articlePage, issuePage, home, feed] = await Promise.all([
        pageText(`/articles/${article.slug}`),
        pageText(issuePath),
        pageText('/'),
        pageText('/feed.xml'),
      ]);
      if ([articlePage, issuePage, home, feed].every((page) => page.includes('(corrected)'))) break;
      await sleep(200);
    }
    // Pages rendered on first request and pages `next build` prerendered (home, feeds) alike.
    expect(articlePage).toContain('(corrected)');
    expect(issuePage).toContain('(corrected)');
    expect(home).toContain('(corrected)');
    expect(feed).toContain('(corrected)');
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

  /** What the admin's Preview button asks the CMS for: a signed link to the website carrying a new preview session. */
  async function previewLink(documentId: string): Promise<string> {
    const preview = await adminFetch(`/content-manager/preview/url/api::article.article?documentId=${documentId}&status=draft`, {
      method: 'GET',
    });
    return ((await preview.json()) as { data: { url: string } }).data.url;
  }

  it('previews a draft edit for the editor who opens the admin’s preview link, and for nobody else', async () => {
    const latest = (await createClient({ baseUrl: cmsUrl() }).getLatestIssue())!;
    const article = latest.articles[1];
    const base = `/content-manager/collection-types/api::article.article/${article.documentId}`;
    await adminFetch(base, { method: 'PUT', body: { title: `${article.title} (draft edit)` } });

    const url = await previewLink(article.documentId);
    const link = new URL(url);
    expect(`${link.origin}${link.pathname}`).toBe(`${webUrl()}/api/preview`);

    const browser = await launchChromium();
    try {
      const editor = await browser.newPage();
      const response = await editor.goto(url);
      expect(new URL(editor.url()).pathname).toBe(`/articles/${article.slug}`);
      expect(response?.headers()['cache-control']).toMatch(/no-store|private/);
      await expect(editor.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(`${article.title} (draft edit)`);
      await expect(editor.getByRole('status').filter({ hasText: 'Preview' }).count()).resolves.toBe(1);

      // Readers, then and after, get what is published.
      const reader = await pageText(`/articles/${article.slug}`);
      expect(reader).not.toContain('(draft edit)');
      expect(reader).not.toContain('Leave the preview');

      // The editor's cookies, copied elsewhere: draft mode's own cookie (the same for every preview of this build)
      // reads no draft, and neither does the preview cookie in another browser.
      const cookies = await editor.context().cookies();
      const cookie = (name: string) => `${name}=${cookies.find((each) => each.name === name)!.value}`;
      const userAgent = await editor.evaluate(() => navigator.userAgent);
      const copied = (cookieHeader: string, agent: string) =>
        fetch(`${webUrl()}/articles/${article.slug}`, { headers: { cookie: cookieHeader, 'user-agent': agent } }).then((page) =>
          page.text(),
        );
      const bypassOnly = await copied(cookie('__prerender_bypass'), userAgent);
      expect(bypassOnly).not.toContain('(draft edit)');
      const otherBrowser = await copied(`${cookie('__prerender_bypass')}; ${cookie(PREVIEW_COOKIE)}`, 'Mozilla/5.0 (Macintosh) Safari/18');
      expect(otherBrowser).not.toContain('(draft edit)');
      expect(otherBrowser).toContain('The preview has ended (the preview session belongs to another browser)');
      // In a real browser too: the editor's cookies in another one show what readers see, and say why.
      const thief = await browser.newContext({ userAgent: 'Mozilla/5.0 (Macintosh) Safari/18', viewport: { width: 390, height: 844 } });
      await thief.addCookies(cookies);
      const stolen = await thief.newPage();
      await stolen.goto(`${webUrl()}/articles/${article.slug}`);
      await expect(stolen.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(article.title);
      await stolen.getByRole('status').filter({ hasText: 'The preview has ended' }).waitFor();
      await mkdir(ARTIFACTS, { recursive: true });
      await stolen.screenshot({ path: path.join(ARTIFACTS, 'preview-ended.png') });
      await thief.close();
      // The control: the same cookies from the same browser read the draft.
      expect(await copied(`${cookie('__prerender_bypass')}; ${cookie(PREVIEW_COOKIE)}`, userAgent)).toContain('(draft edit)');

      // The link, replayed from another browser while the preview is open, opens nothing.
      const elsewhere = await fetch(url, { redirect: 'manual' });
      expect([elsewhere.status, await elsewhere.text()]).toEqual([401, expect.stringContaining('another browser')]);

      await editor.getByRole('link', { name: 'Leave the preview' }).click();
      await editor.waitForURL(`${webUrl()}/`);
      await editor.goto(`${webUrl()}/articles/${article.slug}`);
      await expect(editor.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(article.title);
      // Leaving ended the session for good: its cookie, kept from before, reads nothing any more.
      const left = await copied(`${cookie('__prerender_bypass')}; ${cookie(PREVIEW_COOKIE)}`, userAgent);
      expect(left).not.toContain('(draft edit)');
      expect(left).toContain('The preview has ended (the preview was left)');

      // The same link, replayed after the editor left, opens nothing either.
      const replay = await fetch(url, { redirect: 'manual', headers: { 'user-agent': userAgent } });
      expect([replay.status, await replay.text()]).toEqual([401, expect.stringContaining('the preview was left')]);

      // A tampered link opens nothing.
      link.searchParams.set('path', '/volumes');
      expect((await fetch(link, { redirect: 'manual' })).status).toBe(401);
    } finally {
      await browser.close();
    }
  }, 60_000);

  describe('GET /api/preview', () => {
    const open = (query: URLSearchParams, headers: Record<string, string> = {}) =>
      fetch(`${webUrl()}/api/preview?${query}`, { redirect: 'manual', headers });
    const secret = () => process.env.MASTHEAD_TEST_REVALIDATE_SECRET!;

    it('refuses a link without a signature, with a wrong one, an expired one and a session the CMS never opened', async () => {
      const { documentId } = (await createClient({ baseUrl: cmsUrl() }).getLatestIssue())!.articles[0];
      const opened = verifyPreviewLink(secret(), new URL(await previewLink(documentId)).searchParams);
      if (!opened.ok) throw new Error(opened.reason);
      const unsigned = new URLSearchParams({ path: '/', session: opened.session, expires: String(Date.now() + 60_000) });
      const wrong = signPreviewLink('not-the-secret-not-the-secret-not-the', opened);
      const expired = signPreviewLink(secret(), opened, Date.now() - PREVIEW_LINK_TTL_MS - 60_000);
      const madeUp = signPreviewLink(secret(), { path: '/', session: 'A'.repeat(43) });
      for (const [name, query] of Object.entries({ unsigned, wrong, expired, madeUp })) {
        const response = await open(query);
        expect([name, response.status, response.headers.get('set-cookie')]).toEqual([name, 401, null]);
      }
      // A middleware-bypass header changes nothing here either.
      const bypass = await open(unsigned, { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' });
      expect(bypass.status).toBe(401);
      // The control: the link the CMS signed opens the preview, with a cookie of its own beside draft mode's.
      const valid = await open(signPreviewLink(secret(), opened));
      expect([valid.status, valid.headers.get('set-cookie')]).toEqual([307, expect.stringContaining(`${PREVIEW_COOKIE}=`)]);
      expect(valid.headers.get('set-cookie')).toContain('__prerender_bypass');
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
