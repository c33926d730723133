import { useAdminBrowser } from '../harness/admin-browser';
import { sample } from '../harness/sample-facts';

/**
 * The admin as a newsroom meets it (issue 18): Masthead's name and logo instead of Strapi's, no Strapi tour over the
 * lists, an article list that reads names and readiness at 1366 px, a cited source made from a pasted address, and a
 * delete that says what it deletes.
 */
const admin = useAdminBrowser({ width: 1366, height: 900 });
const cms = admin.cms;
let page: ReturnType<typeof admin.page>;
let baseUrl: string;
const articlesPath = '/admin/content-manager/collection-types/api::article.article';

beforeAll(() => {
  page = admin.page();
  baseUrl = admin.baseUrl();
});

describe('the newsroom admin', () => {
  it('greets the editor with the publication’s name and logo, not Strapi’s', async () => {
    await page.goto(`${baseUrl}/admin/auth/login`);
    await page.getByText('Welcome to Masthead').waitFor({ timeout: 60_000 });
    const logo = page.locator('img').first();
    // The bundler inlines the small SVG: Masthead's own logo, by its label.
    expect(decodeURIComponent((await logo.getAttribute('src'))!)).toContain("aria-label='Masthead'");
    expect(await page.getByText(/strapi/i).count()).toBe(0);
    await admin.shot('newsroom-01-login');
    await admin.logIn();
    await page.getByText('The issue in the making').waitFor({ timeout: 30_000 });
    await admin.shot('newsroom-02-home');
  }, 120_000);

  it('lists articles with their byline names, place, checklist and status on one 1366 px screen, without a tour', async () => {
    const lead = sample.liveArticles.find((article) => article.authors.length > 1)!;
    const words = lead.title.slice(0, 30);
    await page.goto(`${baseUrl}${articlesPath}?_q=${encodeURIComponent(words)}`);
    const row = page.getByRole('row').filter({ hasText: words });
    await row.waitFor({ timeout: 30_000 });
    const names = sample.publication.authors.filter((author) => lead.authors.includes(author.slug)).map((author) => author.name);
    for (const name of names) await row.getByText(new RegExp(name)).waitFor();
    await row.getByText('✓ Ready').waitFor();
    expect(await page.getByText('Step 1 of 4').count()).toBe(0);
    expect(await page.getByText('Introducing the new Media Library').count()).toBe(0);
    // Every column, status last, fits in the window: nothing to scroll sideways to.
    const status = page.locator('thead th', { hasText: /^status$/i });
    const box = (await status.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(1366);
    await admin.shot('newsroom-03-article-list');
  }, 90_000);

  it('adds a cited source from a pasted address: a new outlet named from its domain, accessed today', async () => {
    const [draft] = await cms.strapi
      .documents('api::article.article')
      .findMany({ status: 'draft', filters: { title: sample.draftArticles[0].title } });
    await page.goto(`${baseUrl}${articlesPath}/${draft.documentId}`);
    const address = page.getByLabel('Paste the page’s exact address');
    await address.fill('not a link');
    await page.getByText('Paste the page’s full address, starting with https://').waitFor();
    await address.fill('https://www.schoolboard-minutes.org/2025/01/budget-vote');
    await page.getByRole('button', { name: 'Add “Schoolboard-minutes” as a new outlet' }).waitFor({ timeout: 15_000 });
    await page.getByLabel('Outlet’s name').fill('School Board Minutes');
    await page.getByRole('button', { name: 'Add “School Board Minutes” as a new outlet' }).click();
    await page.getByText('✓ Outlet: School Board Minutes').waitFor({ timeout: 15_000 });
    await page.getByLabel('Page title').fill('Budget vote, January 2025');
    await admin.shot('newsroom-04-source-from-address');
    await page.getByRole('button', { name: 'Add to sources cited' }).click();
    await page.getByRole('button', { name: /^save$/i }).click();
    await page
      .getByText(/saved document/i)
      .first()
      .waitFor({ timeout: 30_000 });

    const saved = await cms.strapi.documents('api::article.article').findOne({
      documentId: draft.documentId,
      status: 'draft',
      populate: { citations: { populate: { source: true } } },
    });
    const citation = (saved!.citations as Array<{ url: string; pageTitle: string; accessedOn: string; source: { name: string } }>).at(-1)!;
    expect(citation).toMatchObject({
      url: 'https://www.schoolboard-minutes.org/2025/01/budget-vote',
      pageTitle: 'Budget vote, January 2025',
      source: { name: 'School Board Minutes' },
    });
    // "Today" in the editor's calendar; the test's browser and server share a clock and zone.
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    expect(String(citation.accessedOn).slice(0, 10)).toBe(today);

    // The next page of that site finds the outlet by itself.
    await page.getByLabel('Paste the page’s exact address').fill('https://schoolboard-minutes.org/2025/02/agenda');
    await page.getByText('✓ Outlet: School Board Minutes').waitFor({ timeout: 15_000 });
  }, 120_000);

  it('names the article it deletes and says when readers are reading it', async () => {
    const live = sample.liveArticles[sample.liveArticles.length - 1];
    const [stored] = await cms.strapi.documents('api::article.article').findMany({ filters: { slug: live.slug } });
    await page.goto(`${baseUrl}${articlesPath}/${stored.documentId}`);
    await page.getByLabel(/headline/i).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'More actions' }).first().click();
    expect(await page.getByRole('menuitem', { name: /edit the model/i }).count()).toBe(0);
    await page.getByRole('menuitem', { name: /delete/i }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText(`Delete “${live.title}”?`).waitFor();
    await dialog.getByText(/It is live: readers lose it at once/).waitFor();
    await page.waitForTimeout(400); // the dialog fades in: let the screenshot show it, not its animation
    await admin.shot('newsroom-05-delete-dialog');
    await dialog.getByRole('button', { name: /cancel/i }).click();
    expect(await cms.strapi.documents('api::article.article').findOne({ documentId: stored.documentId })).not.toBeNull();
  }, 60_000);

  it('deletes a draft with one green confirmation, no red "Not Found" over it', async () => {
    const draft = await cms.strapi.documents('api::article.article').create({
      data: { title: 'A draft nobody needs', dek: 'Written twice by mistake.', body: [] } as never,
    });
    await page.goto(`${baseUrl}${articlesPath}/${draft.documentId}`);
    await page.getByLabel(/headline/i).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'More actions' }).first().click();
    await page.getByRole('menuitem', { name: /delete/i }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText('Its draft and everything in it are deleted.', { exact: false }).waitFor();
    await dialog
      .getByRole('button', { name: /confirm|delete/i })
      .last()
      .click();
    await page
      .getByText(/deleted document/i)
      .first()
      .waitFor({ timeout: 30_000 });
    await page.waitForURL((url) => url.pathname === articlesPath);
    // The edit view's last request for the deleted document answers 404; it must not surface as an error toast.
    await page.waitForTimeout(1_500);
    await admin.shot('newsroom-06-deleted');
    expect(await page.getByText(/not found/i).count()).toBe(0);
    expect(await cms.strapi.documents('api::article.article').findOne({ documentId: draft.documentId })).toBeNull();
  }, 60_000);
});
