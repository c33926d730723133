import type { Locator, Page } from 'playwright-core';
import request from 'supertest';
import { markdownToBlocks } from '../../src/content/markdown-to-blocks';
import { useAdminBrowser } from '../harness/admin-browser';

/**
 * The issue screen as an editor uses it (issue 18): the table of contents in drag order, each article's readiness,
 * what goes out with the issue, and "Publish the issue and its N articles now", which a not-ready article blocks.
 */
const admin = useAdminBrowser({ width: 1366, height: 900 });
const cms = admin.cms;
let page: Page;

beforeAll(() => {
  page = admin.page();
});

async function draftIssueWithArticles() {
  const [volume] = await cms.strapi.documents('api::volume.volume').findMany({ limit: 1, sort: 'number:desc' });
  const [author] = await cms.strapi.documents('api::author.author').findMany({ limit: 1 });
  const issue = await cms.strapi
    .documents('api::issue.issue')
    .create({ data: { number: 77, coverDate: '2033-04-01', volume: volume.documentId } as never });
  for (const [title, dek] of [
    ['Buses run all night', 'Three routes return.'],
    ['Robotics team heads to state', 'The team qualified in March.'],
    ['A story still missing its summary', ' '],
  ]) {
    await cms.strapi.documents('api::article.article').create({
      data: { title, dek, body: markdownToBlocks('Body.'), authors: [author.documentId], issue: issue.documentId } as never,
    });
  }
  return { issue, volume: volume.number as number };
}

/** HTML5 drag and drop, moved in steps as a hand would, so the browser fires every drag event. */
async function drag(from: Locator, to: Locator): Promise<void> {
  const source = (await from.boundingBox())!;
  const target = (await to.boundingBox())!;
  await page.mouse.move(source.x + 40, source.y + 15);
  await page.mouse.down();
  await page.mouse.move(target.x + 40, target.y + 10, { steps: 8 });
  await page.mouse.up();
}

/** Waits (up to 15 s) until `check` stops throwing: the panel answers after a round trip to the CMS. */
async function eventually(check: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

const titles = async (toc: Locator) =>
  toc.getByRole('listitem').evaluateAll((items) => items.map((item) => item.getAttribute('aria-label')));

describe('an editor at the issue screen', () => {
  it('orders the table of contents by dragging, picks what goes out, and releases the issue with its ready articles', async () => {
    const { issue, volume } = await draftIssueWithArticles();
    await admin.logIn();
    await page.goto(`${admin.baseUrl()}/admin/content-manager/collection-types/api::issue.issue/${issue.documentId}`);
    const toc = page.getByRole('list', { name: 'Table of contents' });
    await toc.waitFor({ timeout: 30_000 });
    await expect(titles(toc)).resolves.toEqual([
      'Buses run all night',
      'Robotics team heads to state',
      'A story still missing its summary',
    ]);
    await toc.getByText('✗ To do: write its summary').waitFor();

    // The issue's own Publish button cannot put an empty shell on the front page.
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    // Strapi first asks about the draft articles it would leave out; Masthead then refuses the shell outright.
    await page.getByRole('button', { name: 'Publish without relations' }).click();
    await page
      .getByText(/can’t go live without its articles/)
      .first()
      .waitFor();

    await drag(toc.getByRole('listitem').nth(1), toc.getByRole('listitem').nth(0));
    await eventually(async () =>
      expect(await titles(toc)).toEqual(['Robotics team heads to state', 'Buses run all night', 'A story still missing its summary']),
    );
    await toc.getByRole('button', { name: 'Move “Buses run all night” down' }).click();
    await eventually(async () =>
      expect(await titles(toc)).toEqual(['Robotics team heads to state', 'A story still missing its summary', 'Buses run all night']),
    );

    for (const title of ['Robotics team heads to state', 'A story still missing its summary', 'Buses run all night']) {
      await toc.getByRole('listitem', { name: title }).getByRole('checkbox').click();
      await eventually(async () => expect(await toc.getByRole('listitem', { name: title }).getByRole('checkbox').isChecked()).toBe(true));
    }
    const release = page.getByRole('button', { name: /^Publish the issue and its 3 articles now$/ });
    await expect(release.isDisabled()).resolves.toBe(true);
    await page.getByText('Not ready to go out: “A story still missing its summary”. Fix them, or untick them.').waitFor();
    await admin.shot('06-issue-desk-blocked');

    await toc.getByRole('listitem', { name: 'A story still missing its summary' }).getByRole('checkbox').click();
    await page.getByText('Left out of the release: “A story still missing its summary”.').waitFor();
    await page.getByRole('button', { name: 'Publish the issue and its 2 articles now' }).click();
    await page.getByText('Published', { exact: true }).first().waitFor({ timeout: 30_000 });
    await admin.shot('07-issue-desk-released');

    const api = request(cms.strapi.server.httpServer);
    const live = (await api.get(`/api/issues?filters[number][$eq]=77&filters[volume][number][$eq]=${volume}`).expect(200)).body.data;
    expect(live[0].articles.map((article: { title: string }) => article.title)).toEqual([
      'Robotics team heads to state',
      'Buses run all night',
    ]);
  }, 180_000);
});
