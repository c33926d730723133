import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient } from '@masthead/client';
import { loopbackAliases } from '@masthead/client/loopback';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { adminFetch } from '../harness/admin-api';
import { launchChromium } from '@masthead/test-kit/chromium';
import { strictXmlError } from '@masthead/test-kit/strict-xml';

/**
 * The built site's security headers, a Content-Security-Policy that its own pages never trip, and rich text that
 * cannot carry script however an editor (or a compromised editor account) writes it.
 */
const webUrl = () => process.env.MASTHEAD_TEST_WEB_URL!;
const cmsUrl = () => process.env.MASTHEAD_TEST_CMS_URL!;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** Opens `path` and returns the page with every CSP violation and script-created marker it records. */
async function open(path: string): Promise<{ page: Page; violations: string[] }> {
  const page = await browser.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const response = await page.goto(`${webUrl()}${path}`);
  expect(response?.status()).toBe(200);
  await page.waitForLoadState('networkidle');
  return { page, violations };
}

describe('security headers', () => {
  const paths = async () => {
    const latest = (await createClient({ baseUrl: cmsUrl() }).getLatestIssue())!;
    return [
      '/',
      `/articles/${latest.articles[0].slug}`,
      `/volumes/${latest.volume.number}/issues/${latest.number}`,
      '/search?q=school',
      '/feed.xml',
      '/no-such-page',
    ];
  };

  it('come with every page, feed and error page of the site', async () => {
    for (const path of await paths()) {
      const response = await fetch(`${webUrl()}${path}`);
      expect({ path, csp: response.headers.get('content-security-policy') }).toEqual({
        path,
        csp: expect.stringContaining("object-src 'none'"),
      });
      expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('let only the CMS (whose admin shows previews) frame the site', async () => {
    const csp = (await fetch(webUrl())).headers.get('content-security-policy')!;
    // The CMS under each loopback name it answers to here (localhost, 127.0.0.1), and nothing else.
    expect(csp).toContain(`frame-ancestors 'self' ${loopbackAliases(cmsUrl()).join(' ')};`);
  });

  it('never stop the site’s own pages from working: no CSP violation while reading, and pages hydrate', async () => {
    const { page, violations } = await open('/');
    // Another test file may be retitling articles meanwhile: follow whichever article the home page links first.
    const article = page.locator('main a[href^="/articles/"]').first();
    const href = (await article.getAttribute('href'))!;
    await article.click();
    await page.waitForURL(`**${href}`);
    await page.waitForLoadState('networkidle');
    const search = await open('/search?q=school');
    expect([...violations, ...search.violations]).toEqual([]);
    await page.close();
    await search.page.close();
  }, 60_000);
});

const text = (value: string) => ({ type: 'text', text: value });
const link = (url: string, label: string) => ({ type: 'link', url, children: [text(label)] });
const articleBody = async (body: unknown[], slug: string) => {
  const cms = createClient({ baseUrl: cmsUrl() });
  // The oldest issue: other test files read the latest issue's first articles and must not meet these.
  const volumes = await cms.listVolumes();
  const oldest = volumes[volumes.length - 1].issues[0];
  const author = (await cms.listAuthors())[0];
  return {
    title: 'A headline with <script>window.__masthead_pwned = "title"</script>',
    slug,
    dek: 'A summary with <b onmouseover="window.__masthead_pwned = 1">markup</b>',
    body,
    authors: { connect: [{ documentId: author.documentId }] },
    issue: { connect: [{ documentId: oldest.documentId }] },
  };
};

describe('rich text', () => {
  it('cannot even be saved with javascript: or data: links', async () => {
    for (const url of ['javascript:window.__masthead_pwned="link"', '  JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
      const body = [{ type: 'paragraph', children: [link(url, 'this link')] }];
      await expect(
        adminFetch('/content-manager/collection-types/api::article.article', {
          method: 'POST',
          body: await articleBody(body, `hostile-link-${Date.now()}`),
        }),
      ).rejects.toThrow(/400.*Please specify a valid link/);
    }
  });

  it('renders script, markup and event handlers from the CMS as inert text', async () => {
    const slug = `hostile-text-${Date.now()}`;
    const body = [
      { type: 'paragraph', children: [text('<script>window.__masthead_pwned = "script"</script>')] },
      { type: 'paragraph', children: [text('<img src=x onerror="window.__masthead_pwned = \'onerror\'">')] },
      {
        type: 'paragraph',
        children: [text('Read '), link('https://example.org/?q="><script>window.__masthead_pwned=1</script>', 'this link'), text('.')],
      },
      { type: 'heading', level: 2, children: [text('</h2><script>window.__masthead_pwned = "heading"</script>')] },
      { type: 'quote', children: [text('"><svg onload="window.__masthead_pwned = \'svg\'">')] },
    ];
    const created = (await (
      await adminFetch('/content-manager/collection-types/api::article.article', { method: 'POST', body: await articleBody(body, slug) })
    ).json()) as { data: { documentId: string } };
    await adminFetch(`/content-manager/collection-types/api::article.article/${created.data.documentId}/actions/publish`, {
      method: 'POST',
    });

    for (let tries = 0; (await fetch(`${webUrl()}/articles/${slug}`)).status !== 200 && tries < 50; tries += 1) await sleep(200);
    const { page, violations } = await open(`/articles/${slug}`);
    await page.getByText('markup').first().hover();

    expect(await page.evaluate(() => (window as unknown as { __masthead_pwned?: unknown }).__masthead_pwned)).toBeUndefined();
    await expect(page.getByText('<script>window.__masthead_pwned = "script"</script>').count()).resolves.toBe(1);
    await expect(page.locator('main img[src="x"], main svg[onload]').count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'this link' }).getAttribute('href')).resolves.toMatch(/^https:\/\/example\.org\/\?q=/);
    expect(violations).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('whatever an article holds', () => {
  it('draws its share card, leaves the feed and the sitemap well-formed XML, and scrolls no page sideways', async () => {
    const slug = `unbroken-${Date.now()}`;
    // U+FFFE and a lone surrogate, which XML forbids, and one 185-character word, which no line can hold: a
    // 200-character headline, the longest an article may have.
    const title = `Vote\uFFFE tally\uD800 ${'Counterrevolutionaries'.repeat(9).slice(0, 185)}`;
    const body = { ...(await articleBody([{ type: 'paragraph', children: [text('Body.')] }], slug)), title };
    const created = (await (
      await adminFetch('/content-manager/collection-types/api::article.article', { method: 'POST', body })
    ).json()) as { data: { documentId: string } };
    await adminFetch(`/content-manager/collection-types/api::article.article/${created.data.documentId}/actions/publish`, {
      method: 'POST',
    });
    for (let tries = 0; (await fetch(`${webUrl()}/articles/${slug}`)).status !== 200 && tries < 50; tries += 1) await sleep(200);

    // The article page holds the title as HTML; the feeds' and sitemap's XML is checked with the same strict parser
    // on hostile titles in src/lib/__tests__/feed.test.ts and src/app/__tests__/sitemap.test.ts.
    expect(strictXmlError(await (await fetch(`${webUrl()}/feed.xml`)).text())).toBeNull();
    const sitemap = await (await fetch(`${webUrl()}/sitemap.xml`)).text();
    expect(strictXmlError(sitemap)).toBeNull();

    const page = await (await fetch(`${webUrl()}/articles/${slug}`)).text();
    const cardUrl = page
      .match(/<meta property="og:image" content="([^"]+)"/)![1]
      .replace(/^https?:\/\/[^/]+/, webUrl())
      .replaceAll('&amp;', '&');
    const card = await fetch(cardUrl);
    expect(card.status).toBe(200);
    const png = Buffer.from(await card.arrayBuffer());
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
    await writeFile(path.join(tmpdir(), 'masthead-og-unbroken-headline.png'), png); // to look at

    // The 185-character word breaks inside the column: no page that shows the headline scrolls sideways.
    for (const [width, pathname] of [
      [390, `/articles/${slug}`],
      [1280, `/articles/${slug}`],
      [390, '/'],
      [390, '/search?q=counterrevolutionaries'],
    ] as const) {
      const reader = await browser.newPage({ viewport: { width, height: 844 } });
      await reader.goto(`${webUrl()}${pathname}`);
      const pageWidth = await reader.evaluate(() => document.documentElement.scrollWidth);
      expect([pathname, width, pageWidth]).toEqual([pathname, width, width]);
      await reader.close();
    }
  }, 60_000);
});

describe('unpublished content', () => {
  it('stays out of every page, search, the feed, the sitemap and OG images: drafts, scheduled articles and draft edits', async () => {
    const cms = createClient({ baseUrl: cmsUrl() });
    const volumes = await cms.listVolumes();
    const oldestVolume = volumes[volumes.length - 1];
    const oldest = oldestVolume.issues[0]; // other test files read the latest issue
    const author = (await cms.listAuthors())[0];
    const marker = `zyxquorum${Date.now()}`;
    const create = async (slug: string, extra: Record<string, unknown> = {}) =>
      (
        (await (
          await adminFetch('/content-manager/collection-types/api::article.article', {
            method: 'POST',
            body: {
              title: `Unpublished ${marker} ${slug}`,
              slug,
              dek: `A summary mentioning ${marker}.`,
              body: [{ type: 'paragraph', children: [{ type: 'text', text: `Body text with ${marker}.` }] }],
              authors: { connect: [{ documentId: author.documentId }] },
              issue: { connect: [{ documentId: oldest.documentId }] },
              ...extra,
            },
          })
        ).json()) as { data: { documentId: string } }
      ).data.documentId;

    const draft = `draft-${marker}`;
    const scheduled = `scheduled-${marker}`;
    const edited = `edited-${marker}`;
    await create(draft);
    await create(scheduled, { publishAt: new Date(Date.now() + 86_400_000).toISOString() });
    const editedId = await create(edited);
    await adminFetch(`/content-manager/collection-types/api::article.article/${editedId}/actions/publish`, { method: 'POST' });
    for (let tries = 0; (await fetch(`${webUrl()}/articles/${edited}`)).status !== 200 && tries < 50; tries += 1) await sleep(200);
    // A draft edit of a published article: saved, never published.
    const draftTitle = `Draft-only headline ${marker}`;
    await adminFetch(`/content-manager/collection-types/api::article.article/${editedId}`, { method: 'PUT', body: { title: draftTitle } });

    const pages = {
      article: await (await fetch(`${webUrl()}/articles/${edited}`)).text(),
      issue: await (await fetch(`${webUrl()}/volumes/${oldestVolume.number}/issues/${oldest.number}`)).text(),
      search: await (await fetch(`${webUrl()}/search?q=${marker}`)).text(),
      feed: await (await fetch(`${webUrl()}/feed.xml`)).text(),
      sitemap: await (await fetch(`${webUrl()}/sitemap.xml`)).text(),
    };
    for (const [name, html] of Object.entries(pages)) {
      expect([name, html.includes(draft) || html.includes(scheduled) || html.includes(draftTitle)]).toEqual([name, false]);
    }
    // The published article's card, as its page names it; the same URL for the others answers nothing.
    const card = pages.article
      .match(/<meta property="og:image" content="([^"]+)"/)![1]
      .replace(/^https?:\/\/[^/]+/, webUrl())
      .replaceAll('&amp;', '&');
    expect(card).toContain(`/articles/${edited}/opengraph-image`);
    expect((await fetch(card)).status).toBe(200);
    for (const slug of [draft, scheduled]) {
      expect([slug, (await fetch(`${webUrl()}/articles/${slug}`)).status]).toEqual([slug, 404]);
      expect([slug, (await fetch(card.replace(edited, slug))).status]).toEqual([slug, 404]);
    }
    // The search finds the published version of the edited article only, by the words it was published with.
    expect(pages.search).toContain(`/articles/${edited}`);
  }, 60_000);
});
