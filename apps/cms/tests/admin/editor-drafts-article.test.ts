import { useAdminBrowser } from '../harness/admin-browser';
import { sample } from '../harness/sample-facts';

const admin = useAdminBrowser();
const cms = admin.cms;
const shot = admin.shot;
let page: ReturnType<typeof admin.page>;
let baseUrl: string;

beforeAll(() => {
  page = admin.page();
  baseUrl = admin.baseUrl();
});

describe('an editor in the admin panel', () => {
  it('logs in with the account created from the environment', async () => {
    await admin.logIn();
    // The home page opens on the newsroom: the sample's draft issue is the one in the making.
    await page.getByText('The issue in the making').waitFor({ timeout: 30_000 });
    await shot('01-home');
  }, 90_000);

  it('writes an article, saves it as a draft and finds it in the list', async () => {
    const title = `Night buses return to Northfield ${Date.now()}`;
    await page.goto(`${baseUrl}/admin/content-manager/collection-types/api::article.article/create`);
    await page.getByLabel(/headline/i).fill(title);
    await page.getByLabel(/dek/i).fill('The council restores the 11 pm route after a petition signed by 1,200 students.');
    // The publish checklist answers as the form stands, with the rules the server enforces.
    const checklist = page.getByRole('list', { name: 'Publish checklist' });
    await checklist.getByText('A summary: done').waitFor();
    await checklist.getByText('A byline: to do, add at least one author to the byline').waitFor();
    await page.getByText('2 things to do before publishing').waitFor();
    await shot('02-edit-article');
    await page.getByRole('button', { name: /^save$/i }).click();
    await page
      .getByText(/saved document/i)
      .first()
      .waitFor({ timeout: 30_000 });

    await page.goto(`${baseUrl}/admin/content-manager/collection-types/api::article.article`);
    const row = page.getByRole('row', { name: new RegExp(title) });
    await row.waitFor({ timeout: 30_000 });
    await expect(row.getByText(/draft/i).first().isVisible()).resolves.toBe(true);
    await shot('03-article-list');

    const [saved] = await cms.strapi.documents('api::article.article').findMany({ filters: { title }, status: 'draft' });
    expect(saved).toEqual(expect.objectContaining({ title, publishedAt: null }));
    // The form's placeholder slug (`article`) gave way to the headline's.
    expect(saved.slug).toMatch(/^night-buses-return-to-northfield-\d+$/);
  }, 120_000);

  it('sees issues named in the house style (as the website names them) in the issue list', async () => {
    const latest = [...sample.liveIssues].sort((a, b) => b.coverDate.localeCompare(a.coverDate))[0];
    await page.goto(`${baseUrl}/admin/content-manager/collection-types/api::issue.issue`);
    const label = new RegExp(`Volume ${latest.volume}, Issue ${latest.number} · `);
    await page.getByRole('row', { name: label }).first().waitFor({ timeout: 30_000 });
    await shot('04-issue-list');
  }, 60_000);

  it('opens a seeded article with its cover, byline and sources filled in', async () => {
    const article = sample.liveArticles[0];
    const [stored] = await cms.strapi.documents('api::article.article').findMany({ filters: { slug: article.slug } });
    await page.goto(`${baseUrl}/admin/content-manager/collection-types/api::article.article/${stored.documentId}`);
    await page.getByLabel(/headline/i).waitFor({ timeout: 30_000 });
    await expect(page.getByLabel(/headline/i).inputValue()).resolves.toBe(article.title);
    await page.getByText('Sources cited').first().waitFor();
    await shot('05-edit-seeded-article');
  }, 60_000);
});
