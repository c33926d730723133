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

  it('schedules in the Schedule panel: a checkbox to go out with the issue, and a date alone means the morning, not midnight', async () => {
    const [draft] = await cms.strapi
      .documents('api::article.article')
      .findMany({ filters: { title: { $startsWith: 'Night buses return to Northfield' } }, status: 'draft' });
    await page.goto(`${baseUrl}/admin/content-manager/collection-types/api::article.article/${draft.documentId}`);
    const goesOut = page.getByRole('checkbox', { name: 'Goes out with the issue' });
    await goesOut.click();
    await expect(goesOut.isChecked()).resolves.toBe(true);
    // The panel holds the only schedule fields: the form itself has none.
    const publishAt = page.getByRole('group', { name: 'Publish at', exact: true });
    await expect(publishAt.count()).resolves.toBe(1);
    const day = new Date();
    day.setDate(day.getDate() + 3);
    const pad = (value: number) => String(value).padStart(2, '0');
    await publishAt
      .getByRole('combobox', { name: 'Choose date' })
      .fill(`${pad(day.getMonth() + 1)}/${pad(day.getDate())}/${day.getFullYear()}`);
    await page.keyboard.press('Tab');
    await page.getByText(/^Scheduled for .*, 07:00 .* — in/).waitFor();
    await expect(publishAt.getByRole('combobox', { name: 'Choose time' }).inputValue()).resolves.toBe('07:00');
    await page.getByText('Save to apply this schedule.').waitFor();
    await shot('03b-schedule-panel');
    await page.getByRole('button', { name: /^save$/i }).click();
    await page
      .getByText(/saved document/i)
      .first()
      .waitFor({ timeout: 30_000 });

    const saved = await cms.strapi.db
      .query('api::article.article')
      .findOne({ where: { documentId: draft.documentId, publishedAt: null }, select: ['publishAt', 'releaseWithIssue'] });
    expect(saved.releaseWithIssue).toBe(true);
    expect(new Date(saved.publishAt)).toEqual(new Date(day.getFullYear(), day.getMonth(), day.getDate(), 7, 0));
  }, 90_000);

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
    // A field that holds one related entry is not counted ("Section (1)"); one that holds many is.
    await page.getByRole('combobox', { name: 'Section', exact: true }).waitFor();
    await page.getByRole('combobox', { name: `Byline (${article.authors.length})`, exact: true }).waitFor();
    await shot('05-edit-seeded-article');
  }, 60_000);
});
