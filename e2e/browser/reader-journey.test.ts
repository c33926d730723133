import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createClient } from '@masthead/client';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '@masthead/test-kit/chromium';

const ARTIFACTS = path.resolve(__dirname, '..', 'test-artifacts', 'browser');
const WIDTHS = [390, 1280] as const;

let browser: Browser;
const webUrl = () => process.env.MASTHEAD_TEST_WEB_URL!;
const cms = () => createClient({ baseUrl: process.env.MASTHEAD_TEST_CMS_URL! });

beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function screenshots(name: string, pathname: string) {
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${webUrl()}${pathname}`);
    // Load every lazy image (a full-page screenshot does not scroll), then scroll through once as a reader would.
    await page.evaluate(() => {
      for (const image of Array.from(document.images)) image.loading = 'eager';
    });
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      window.scrollTo(0, 0);
    });
    await page.waitForLoadState('networkidle');
    // A full-page screenshot paints what lies below the viewport without waiting for images decoded asynchronously
    // (decoding="async"): decode each now, in step with painting.
    await page.evaluate(() =>
      Promise.all(
        Array.from(document.images).map((image) => {
          image.decoding = 'sync';
          return image.decode().catch(() => undefined);
        }),
      ),
    );
    await page.screenshot({ path: path.join(ARTIFACTS, `${name}-${width}.png`), fullPage: true });
    await page.close();
  }
}

describe('a reader', () => {
  let page: Page;

  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });

  it('finds the current issue on the home page and follows it to the issue, then to an article', async () => {
    const latest = (await cms().getLatestIssue())!;
    const response = await page.goto(webUrl());
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(latest.title);
    await screenshots('home', '/');

    await page
      .getByRole('link', { name: new RegExp(`Volume ${latest.volume.number}, Issue ${latest.number}`) })
      .first()
      .click();
    await page.waitForURL(`**/volumes/${latest.volume.number}/issues/${latest.number}`);
    const tocTitles = await page.locator('.toc .card-title').allTextContents();
    expect(tocTitles).toEqual(expect.arrayContaining(latest.articles.map((article) => article.title)));
    await screenshots('issue', `/volumes/${latest.volume.number}/issues/${latest.number}`);

    const first = latest.articles[0];
    await page.getByRole('link', { name: first.title, exact: true }).first().click();
    await page.waitForURL(`**/articles/${first.slug}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(first.title);
    await screenshots('article', `/articles/${first.slug}`);
  }, 120_000);

  it('reads an article with its byline, issue line, numbered sources and citations to copy', async () => {
    const { items } = await cms().listArticles({ pageSize: 100 });
    const withSources = items.find((article) => article.citations.length >= 2)!;
    await page.goto(`${webUrl()}/articles/${withSources.slug}`);

    const byline = await page.locator('.article-header .byline').textContent();
    for (const author of withSources.authors) expect(byline).toContain(author.name);
    await expect(page.getByRole('link', { name: new RegExp(`Volume \\d+, Issue ${withSources.issue!.number} · `) }).count()).resolves.toBe(
      1,
    );

    const sources = page.getByRole('region', { name: 'Sources' }).getByRole('listitem');
    await expect(sources.count()).resolves.toBe(withSources.citations.length);
    // "Cite this": one style at a time, APA first; choosing another shows only it, the periodical in italics.
    const copyButtons = page.getByRole('button', { name: /Copy (APA|MLA|Chicago|BibTeX) citation/ });
    await expect(copyButtons.count()).resolves.toBe(1);
    await expect(copyButtons.getAttribute('aria-label')).resolves.toBe('Copy APA citation');
    await page.getByRole('radio', { name: 'Chicago' }).check();
    await expect(copyButtons.getAttribute('aria-label')).resolves.toBe('Copy Chicago citation');
    const publication = await page.locator('.citation[data-style="chicago"] i').allTextContents();
    expect(publication).toHaveLength(1);
    expect(publication[0].length).toBeGreaterThan(0);

    // The byline again at the end: an author box for each author, with the way to their other stories.
    const box = page.getByRole('region', { name: withSources.authors.length === 1 ? 'About the author' : 'About the authors' });
    for (const author of withSources.authors) {
      await expect(box.getByRole('link', { name: `More by ${author.name}` }).getAttribute('href')).resolves.toBe(`/authors/${author.slug}`);
    }
  }, 60_000);

  it('follows a byline to the author and a source to every article citing it', async () => {
    const { items } = await cms().listArticles({ pageSize: 100 });
    const article = items.find((item) => item.citations.some((citation) => citation.source))!;
    await page.goto(`${webUrl()}/articles/${article.slug}`);

    const author = article.authors[0];
    await page.locator('.article-header .byline').getByRole('link', { name: author.name }).click();
    await page.waitForURL(`**/authors/${author.slug}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(author.name);
    await expect(page.getByRole('link', { name: article.title, exact: true }).count()).resolves.toBeGreaterThan(0);
    await screenshots('author', `/authors/${author.slug}`);

    await page.goto(`${webUrl()}/articles/${article.slug}`);
    const source = article.citations.find((citation) => citation.source)!.source!;
    await page.getByRole('region', { name: 'Sources' }).getByRole('link', { name: source.name, exact: true }).first().click();
    await page.waitForURL(`**/sources/${source.slug}`);
    const citing = await cms().getSource(source.slug, { pageSize: 100 });
    const titles = await page.locator('.card-title').allTextContents();
    expect(titles.sort()).toEqual(citing!.articles.items.map((item) => item.title).sort());
    // Under each article, the exact pages of this source it cited, linked.
    const citedUrls = citing!.articles.items.flatMap((item) =>
      item.citations.filter((citation) => citation.source?.slug === source.slug && citation.url).map((citation) => citation.url),
    );
    expect(citedUrls.length).toBeGreaterThan(0);
    const shownUrls = await page.locator('.cited-pages a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(shownUrls.sort()).toEqual(citedUrls.sort());
    await screenshots('source', `/sources/${source.slug}`);
  }, 90_000);

  it('reaches every index from the footer of any page, and every section, topic and source from its index', async () => {
    const latest = (await cms().getLatestIssue())!;
    const settings = await cms().getPublication();
    const article = latest.articles.find((item) => item.section !== null)!;
    const footerLinks = { 'Every issue': '/volumes', Staff: '/authors', Sections: '/sections', Topics: '/tags', Sources: '/sources' };
    for (const pathname of [
      '/',
      `/articles/${article.slug}`,
      `/volumes/${latest.volume.number}/issues/${latest.number}`,
      `/volumes/${latest.volume.number}`,
      '/sources',
      '/articles/no-such-article',
    ]) {
      await page.goto(`${webUrl()}${pathname}`);
      const footer = page.getByRole('navigation', { name: 'Everything on the site' });
      for (const [name, href] of Object.entries(footerLinks)) {
        await expect(footer.getByRole('link', { name, exact: true }).getAttribute('href')).resolves.toBe(href);
      }
      // Feed readers find the feed from any page.
      await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]').getAttribute('href')).resolves.toMatch(
        /\/feed\.xml$/,
      );
      // The publication's settings (the CMS's Publication single type): about, contact, the school; and its icons.
      const siteFooter = page.locator('footer.site-footer');
      await expect(siteFooter.getByRole('link', { name: 'About', exact: true }).getAttribute('href')).resolves.toBe('/about');
      await expect(siteFooter.getByRole('link', { name: 'Contact the editors' }).getAttribute('href')).resolves.toBe(
        `mailto:${settings.contactEmail}`,
      );
      await expect(siteFooter.getByRole('link', { name: settings.parentOrganization! }).getAttribute('href')).resolves.toBe(
        settings.parentOrganizationUrl,
      );
      await expect(page.locator('head link[rel="icon"]').count()).resolves.toBe(1);
      await expect(page.locator('head link[rel="apple-touch-icon"]').count()).resolves.toBe(1);
    }

    for (const [rel, size] of [
      ['icon', 48],
      ['apple-touch-icon', 180],
    ] as const) {
      const href = (await page.locator(`head link[rel="${rel}"]`).getAttribute('href'))!;
      const icon = await fetch(new URL(href, webUrl()));
      expect([rel, icon.status, icon.headers.get('content-type')]).toEqual([rel, 200, 'image/png']);
      const png = Buffer.from(await icon.arrayBuffer());
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
      if (rel === 'apple-touch-icon') await writeFile(path.join(ARTIFACTS, 'apple-touch-icon.png'), png);
    }
    await page.goto(`${webUrl()}/about`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      (await page.locator('.masthead-name').textContent())!,
    );
    await expect(page.locator('meta[name="description"]').getAttribute('content')).resolves.toMatch(/^\S/);
    await screenshots('about', '/about');

    const indexes = [
      ['/sections', await cms().listSections(), (slug: string) => `/sections/${slug}`],
      ['/tags', await cms().listTags(), (slug: string) => `/tags/${slug}`],
      ['/sources', await cms().listSources(), (slug: string) => `/sources/${slug}`],
    ] as const;
    for (const [pathname, entries, pageOf] of indexes) {
      await page.goto(`${webUrl()}${pathname}`);
      const links = await page.locator('.index-list a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
      expect([pathname, links.sort()]).toEqual([pathname, entries.map((entry) => pageOf(entry.slug)).sort()]);
      await screenshots(`index${pathname.replace('/', '-')}`, pathname);
    }

    // The header marks the section the reader is in.
    await page.goto(`${webUrl()}/sections/${article.section!.slug}`);
    const current = page.getByRole('navigation', { name: 'Sections' }).locator('[aria-current="page"]');
    await expect(current.textContent()).resolves.toBe(article.section!.name);
  }, 120_000);

  it('opens the front page on the lead story: its headline on a phone’s first screen, and no story twice', async () => {
    const latest = (await cms().getLatestIssue())!;
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(webUrl());
    const lead = phone.locator('.front-lead .card-title');
    await expect(lead.textContent()).resolves.toBe(latest.articles[0].title);
    const box = (await lead.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    if (latest.articles[0].cover) await expect(phone.locator('.front-lead img').count()).resolves.toBe(1);
    // The folio line under the nameplate: "Vol. XIX, No. 3 · January 2025".
    await expect(phone.locator('.folio').textContent()).resolves.toMatch(/^Vol\. [IVXLCDM]+, No\. \d+ · [A-Z][a-z]+ \d{4}$/);
    const stories = await phone
      .locator('main a[href^="/articles/"]')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(stories.length).toBeGreaterThan(latest.articles.length);
    expect(stories.filter((href, index) => stories.indexOf(href) !== index)).toEqual([]);
    await phone.close();
  }, 60_000);

  it('reads a section as a front: a lead, then a list; every card says when and where, with a plain byline', async () => {
    const sections = await cms().listSections();
    const fronts = await Promise.all(
      sections.map(async (section) => ({ section, page: await cms().listArticles({ section: section.slug }) })),
    );
    const { section, page: articles } = fronts.sort((a, b) => b.page.items.length - a.page.items.length)[0];
    await page.goto(`${webUrl()}/sections/${section.slug}`);
    await expect(page.locator('.list-lead .card-title').textContent()).resolves.toBe(articles.items[0].title);
    await expect(page.locator('.story-list .card').count()).resolves.toBe(articles.items.length - 1);
    // No kicker repeats the section's name on its own page.
    await expect(page.locator('main .kicker').count()).resolves.toBe(0);
    const metas = await page.locator('main .card-meta').allTextContents();
    expect(metas).toHaveLength(articles.items.length);
    for (const [index, article] of articles.items.entries()) {
      if (article.issue?.volume) expect(metas[index]).toContain(`Vol. ${article.issue.volume.number}, No. ${article.issue.number}`);
      expect(metas[index]).toMatch(/(Jan\.|Feb\.|March|April|May|June|July|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.) \d{1,2}, \d{4}/);
    }
    // Bylines on cards are plain text: the one link of a card is its headline (and the kicker elsewhere).
    await expect(page.locator('main .card-meta a').count()).resolves.toBe(0);
    await screenshots('section', `/sections/${section.slug}`);
  }, 60_000);

  it('sets the site in its own two faces, served from its own origin', async () => {
    const latest = (await cms().getLatestIssue())!;
    const reader = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const fontRequests: string[] = [];
    reader.on('request', (request) => {
      if (request.resourceType() === 'font') fontRequests.push(request.url());
    });
    await reader.goto(`${webUrl()}/articles/${latest.articles[0].slug}`);
    await reader.evaluate(() => document.fonts.ready);
    const loaded = await reader.evaluate(() => {
      const faces: string[] = [];
      document.fonts.forEach((face) => {
        if (face.status === 'loaded') faces.push(`${face.family} ${face.style}`);
      });
      return faces;
    });
    expect(loaded.length).toBeGreaterThanOrEqual(2);
    expect(fontRequests.length).toBeGreaterThanOrEqual(2);
    expect(fontRequests.filter((url) => !url.startsWith(webUrl()))).toEqual([]);
    await reader.close();
  }, 60_000);

  it('prints an article with margins, a running head and page numbers, and one citation style', async () => {
    const { items } = await cms().listArticles({ pageSize: 100 });
    const longest = [...items].sort((a, b) => (b.readingTimeMinutes ?? 0) - (a.readingTimeMinutes ?? 0))[0];
    const printed = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await printed.goto(`${webUrl()}/articles/${longest.slug}`);
    const publication = (await printed.locator('.masthead-name').textContent())!;
    await printed.waitForLoadState('networkidle');
    const pdf = path.join(ARTIFACTS, 'article-print.pdf');
    await printed.pdf({ path: pdf, format: 'Letter' });
    await printed.close();
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const pages = text.split('\f').filter((pageText) => pageText.trim() !== '');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((pageText, index) => expect(pageText).toContain(`Page ${index + 1} of ${pages.length}`));
    // The running head stands at the top left of every page but the first, where the nameplate (centred) is enough.
    const firstLine = (pageText: string) => pageText.split('\n').find((line) => line.trim() !== '')!;
    expect(pages.map((pageText) => firstLine(pageText).startsWith(publication))).toEqual(pages.map((_, index) => index > 0));
    // One citation style in print: the APA one, chosen by default.
    expect(text.match(/@article\{/g)).toBeNull();
    execFileSync('pdftoppm', ['-png', '-r', '50', pdf, path.join(ARTIFACTS, 'article-print')]);
  }, 60_000);

  it('finds the staff in masthead order, the editor-in-chief first and the adviser last, with portraits', async () => {
    const staff = await cms().listAuthors();
    await page.goto(`${webUrl()}/authors`);
    const shown = await page.locator('.person-name').allTextContents();
    expect([...shown].sort()).toEqual(staff.map((person) => person.name).sort());
    const roleOf = (name: string) => staff.find((person) => person.name === name)!.role ?? '';
    expect(roleOf(shown[0])).toMatch(/editor[\s-]+in[\s-]+chief/i);
    expect(roleOf(shown[shown.length - 1])).toMatch(/advis[eo]r/i);
    await screenshots('staff', '/authors');

    const portrayed = staff.find((person) => person.avatar)!;
    await page.goto(`${webUrl()}/authors/${portrayed.slug}`);
    await expect(page.locator('img.author-portrait').count()).resolves.toBe(1);
  }, 60_000);

  it('shows an article’s topics, each leading to the topic’s page', async () => {
    const { items } = await cms().listArticles({ pageSize: 100 });
    const tagged = items.find((item) => item.tags.length > 0)!;
    await page.goto(`${webUrl()}/articles/${tagged.slug}`);
    const topics = page.getByRole('navigation', { name: 'Topics' });
    const tag = tagged.tags[0];
    await topics.getByRole('link', { name: tag.name, exact: true }).click();
    await page.waitForURL(`**/tags/${tag.slug}`);
    await expect(page.getByRole('link', { name: tagged.title, exact: true }).count()).resolves.toBeGreaterThan(0);
  }, 60_000);

  it('browses the archive volume by volume, newest issue first, and steps from issue to issue', async () => {
    const volumes = await cms().listVolumes();
    const volume = [...volumes].sort((a, b) => b.number - a.number)[0];
    const newestFirst = [...volume.issues].sort((a, b) => b.number - a.number);
    await page.goto(`${webUrl()}/volumes`);
    await page.getByRole('link', { name: new RegExp(`^Volume ${volume.number} · `) }).click();
    await page.waitForURL(`**/volumes/${volume.number}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(`Volume ${volume.number}`);
    const labels = await page.locator('.issue-tile .label').allTextContents();
    expect(labels.map((label) => Number(label.match(/^Issue (\d+)/)![1]))).toEqual(newestFirst.map((issue) => issue.number));
    await screenshots('volume', `/volumes/${volume.number}`);

    // From the volume's oldest issue, "Previous issue" crosses into the volume before (when there is one).
    const oldest = newestFirst[newestFirst.length - 1];
    await page.getByRole('link', { name: new RegExp(`^Issue ${oldest.number} · `) }).click();
    await page.waitForURL(`**/volumes/${volume.number}/issues/${oldest.number}`);
    const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(breadcrumb.getByRole('link', { name: `Volume ${volume.number}` }).getAttribute('href')).resolves.toBe(
      `/volumes/${volume.number}`,
    );
    const earlier = volumes.filter((each) => each.number < volume.number).sort((a, b) => b.number - a.number)[0];
    const others = page.getByRole('navigation', { name: 'Other issues' });
    if (earlier) {
      const last = Math.max(...earlier.issues.map((issue) => issue.number));
      await others.getByRole('link', { name: /^Previous issue/ }).click();
      await page.waitForURL(`**/volumes/${earlier.number}/issues/${last}`);
      await page
        .getByRole('navigation', { name: 'Other issues' })
        .getByRole('link', { name: /^Next issue/ })
        .click();
      await page.waitForURL(`**/volumes/${volume.number}/issues/${oldest.number}`);
    } else {
      await expect(others.getByRole('link', { name: /^Previous issue/ }).count()).resolves.toBe(0);
    }
    await screenshots('issue-neighbours', `/volumes/${volume.number}/issues/${oldest.number}`);
  }, 120_000);

  it('searches from the header: finds a known article by words from its body, then narrows by section', async () => {
    const { items } = await cms().listArticles({ pageSize: 100 });
    const known = items.find((item) => item.section)!;
    const body = JSON.stringify((await cms().getArticle(known.slug))!.body);
    const words = [
      ...new Set(
        body
          .match(/"text":"[^"]*"/g)!
          .join(' ')
          .match(/\b[a-z]{9,}\b/g)!,
      ),
    ];
    // The rarest of its long words, so the article is on the first page of results.
    const totals = await Promise.all(
      words
        .slice(0, 12)
        .map(async (candidate) => ({ candidate, total: (await cms().searchArticles({ query: candidate })).pagination.total })),
    );
    const word = totals.sort((a, b) => a.total - b.total)[0].candidate;

    await page.goto(webUrl());
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Search' }).click();
    await page.waitForURL('**/search');
    await page.getByRole('searchbox', { name: 'Search articles' }).fill(word);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(`**/search?q=${word}*`);
    await expect(page.getByRole('link', { name: known.title, exact: true }).count()).resolves.toBe(1);
    await expect(page.locator('.search-result mark').first().textContent()).resolves.toMatch(new RegExp(word, 'i'));

    await page.getByText('Narrow by section, author or volume').click();
    await page.getByLabel('Section', { exact: true }).selectOption(known.section!.slug);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(`**section=${known.section!.slug}*`);
    const kickers = await page.locator('.search-result .kicker').allTextContents();
    expect(kickers.length).toBeGreaterThan(0);
    expect(new Set(kickers)).toEqual(new Set([known.section!.name]));
    // The order: most relevant by default; newest first is one link away, kept by the next search.
    const order = page.getByRole('navigation', { name: 'Order of results' });
    await expect(order.getByRole('link', { name: 'Most relevant' }).getAttribute('aria-current')).resolves.toBe('page');
    await order.getByRole('link', { name: 'Newest first' }).click();
    await page.waitForURL('**sort=newest*');
    await expect(order.getByRole('link', { name: 'Newest first' }).getAttribute('aria-current')).resolves.toBe('page');
    const dates = await page.locator('.search-result time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
    expect(dates).toEqual([...dates].sort().reverse());
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL('**sort=newest*');
    await screenshots('search', `/search?q=${word}`);

    // Facets: each value links to the search narrowed to it and says how many results it keeps.
    await page.goto(`${webUrl()}/search?q=school`);
    const section = page.getByRole('navigation', { name: 'Narrow the results' }).locator('[aria-labelledby="facet-section"] a').nth(1);
    const kept = Number(/\((\d+)\)/.exec((await section.textContent())!)![1]);
    await section.click();
    await page.waitForURL('**section=*');
    await expect(page.locator('.search-page p[role="status"]').textContent()).resolves.toMatch(new RegExp(`^${kept} articles?\\b`));
    await screenshots('search-facets', '/search?q=school');

    // A misspelt search that finds nothing offers the closest indexed spelling, as a link that finds it.
    const swap = [...word].findIndex((letter, at) => at > 0 && letter !== word[at + 1]);
    const misspelt = `${word.slice(0, swap)}${word[swap + 1]}${word[swap]}${word.slice(swap + 2)}`;
    await page.goto(`${webUrl()}/search?q=${misspelt}`);
    const suggestion = page.locator('.search-suggestion a');
    await expect(suggestion.textContent()).resolves.toBe(word.toLowerCase());
    await suggestion.click();
    await page.waitForURL(`**/search?q=${word.toLowerCase()}`);
    await expect(page.getByRole('link', { name: known.title, exact: true }).count()).resolves.toBe(1);
    await screenshots('search-suggestion', `/search?q=${misspelt}`);
    await page.goto(`${webUrl()}/search?q=zzzyzzy`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('No results for “zzzyzzy”');
    await expect(page.locator('.search-elsewhere a[href="/volumes"]').count()).resolves.toBe(1);
    await screenshots('search-empty', '/search?q=zzzyzzy');
    // A search the CMS refuses is explained in the reader's words, from the refusal's named parameters.
    await page.goto(`${webUrl()}/search?q=${encodeURIComponent('?!')}`);
    await expect(page.locator('.search-refusal[role="alert"]').textContent()).resolves.toBe(
      'Your search needs at least one letter or digit.',
    );
    await screenshots('search-refused', `/search?q=${encodeURIComponent('?!')}`);
  }, 90_000);

  it('describes pages to search engines (JSON-LD) and draws a share card for each article', async () => {
    const latest = (await cms().getLatestIssue())!;
    const article = latest.articles[0];
    const author = article.authors[0];
    const jsonLd = async (pathname: string) => {
      await page.goto(`${webUrl()}${pathname}`);
      return JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    };
    await expect(jsonLd(`/articles/${article.slug}`)).resolves.toMatchObject({
      '@type': 'NewsArticle',
      headline: article.title,
      isPartOf: { '@type': 'PublicationIssue', isPartOf: { '@type': 'PublicationVolume' } },
    });
    await expect(jsonLd(`/volumes/${latest.volume.number}/issues/${latest.number}`)).resolves.toMatchObject({
      '@type': 'PublicationIssue',
      issueNumber: String(latest.number),
    });
    await expect(jsonLd(`/authors/${author.slug}`)).resolves.toMatchObject({
      '@type': 'ProfilePage',
      mainEntity: { '@type': 'Person', name: author.name },
    });

    await page.goto(`${webUrl()}/articles/${article.slug}`);
    const card = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
    expect(card).toContain(`/articles/${article.slug}/opengraph-image`);
    const response = await fetch(card.replace(/^https?:\/\/[^/]+/, webUrl()));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    const png = Buffer.from(await response.arrayBuffer());
    // PNG header: width and height are the big-endian integers at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    await writeFile(path.join(ARTIFACTS, 'og-card.png'), png);
  }, 60_000);

  it.each([
    ['light', 1280],
    ['dark', 1280],
    ['light', 390],
    ['dark', 390],
  ] as const)(
    'meets WCAG 2.2 AA (axe) on every kind of page, in %s mode, %i px wide',
    async (colorScheme, width) => {
      const latest = (await cms().getLatestIssue())!;
      // Other test files add articles to this issue (some without a section): take one of the sample's.
      const article = latest.articles.find((item) => item.section !== null)!;
      const pages = [
        '/',
        '/volumes',
        `/volumes/${latest.volume.number}/issues/${latest.number}`,
        `/articles/${article.slug}`,
        `/authors/${article.authors[0].slug}`,
        `/sections/${article.section!.slug}`,
        `/volumes/${latest.volume.number}`,
        '/sections',
        '/tags',
        '/sources',
        '/search?q=school',
        '/about',
        '/articles/no-such-article',
      ];
      const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } });
      const checked = await context.newPage();
      const violations: string[] = [];
      for (const pathname of pages) {
        await checked.goto(`${webUrl()}${pathname}`);
        await checked.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
        const found = await checked.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: {
                run(
                  context: Document,
                  options: object,
                ): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }>;
              };
            }
          ).axe;
          const result = await axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          });
          return result.violations.map(
            (violation) =>
              `${violation.id} (${violation.impact}): ${violation.nodes
                .slice(0, 3)
                .map((node) => node.target.join(' '))
                .join(', ')}`,
          );
        });
        violations.push(...found.map((violation) => `${pathname} at ${width} px: ${violation}`));
      }
      await context.close();
      expect(violations).toEqual([]);
    },
    120_000,
  );

  it('finds only published articles in the feed and the sitemap', async () => {
    // Other test files publish and rename articles meanwhile; each change reaches the feed and the sitemap moments
    // later (the CMS's revalidation request), so read until all three agree or the deadline passes.
    const read = async () => {
      const published = (await cms().listArticles({ pageSize: 100 })).items.map((item) => item.slug).sort();
      const feed = await (await fetch(`${webUrl()}/feed.xml`)).text();
      const sitemap = await (await fetch(`${webUrl()}/sitemap.xml`)).text();
      return {
        published,
        feed: [...feed.matchAll(/<link>[^<]*\/articles\/([^<]+)<\/link>/g)].map((match) => match[1]).sort(),
        sitemap: [...sitemap.matchAll(/<loc>[^<]*\/articles\/([^<]+)<\/loc>/g)].map((match) => match[1]).sort(),
      };
    };
    let seen = await read();
    for (const deadline = Date.now() + 15_000; Date.now() < deadline; seen = await read()) {
      if (JSON.stringify(seen.feed) === JSON.stringify(seen.published) && JSON.stringify(seen.sitemap) === JSON.stringify(seen.published))
        break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    // The sample publication has fewer published articles than the feed's 30, so the feed lists them all.
    expect(seen.published.length).toBeLessThan(30);
    expect(seen.feed).toEqual(seen.published);
    expect(seen.sitemap).toEqual(seen.published);
  }, 30_000);

  it('gets a real 404 for an unknown article or issue', async () => {
    for (const pathname of ['/articles/no-such-article', '/volumes/99/issues/1', '/volumes/19/issues/abc', '/volumes/99', '/volumes/0']) {
      const response = await page.goto(`${webUrl()}${pathname}`);
      expect([pathname, response?.status()]).toEqual([pathname, 404]);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('We couldn’t find that page');
      await expect(page.getByRole('searchbox', { name: 'Search articles' }).count()).resolves.toBe(1);
    }
    await screenshots('not-found', '/articles/no-such-article');
  }, 60_000);
});
