import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createClient } from '@masthead/client';
import type { Page } from 'playwright-core';
import { adminFetch } from '../harness/admin-api';
import { launchChromium } from '@masthead/test-kit/chromium';
import { TEST_ADMIN } from '@masthead/test-kit';

/**
 * The editor's whole path, through the real admin UI and the built site: log in, write an article (its slug follows
 * the headline, its publish checklist turns green), schedule it about 20 s ahead in the editor's own time zone,
 * check it in the preview, watch the public page turn from 404 into the article at the scheduled minute with nobody
 * touching anything, and find the admin saying afterwards that the schedule published it.
 */
const webUrl = () => process.env.MASTHEAD_TEST_WEB_URL!;
const cmsUrl = () => process.env.MASTHEAD_TEST_CMS_URL!;
const ARTIFACTS = path.resolve(__dirname, '..', 'test-artifacts', 'browser');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The editor works in New York while the server keeps UTC: a wrong conversion would miss the minute by hours. */
const EDITOR_TIME_ZONE = 'America/New_York';
/** How far ahead the editor schedules; the admin's time picker has minute steps, so the test aims at a minute. */
const LEAD_MS = 20_000;
/** How late "on time" may be: the scheduler ticks every second, then the CMS tells the site and the site re-renders. */
const ON_TIME_MS = 10_000;

/** The wall-clock fields of `at` in `timeZone`, as the admin's date and time inputs take them. */
function wallClock(at: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)!.value;
  return { date: `${part('month')}/${part('day')}/${part('year')}`, time: `${part('hour')}:${part('minute')}` };
}

async function logIn(page: Page) {
  await page.goto(`${cmsUrl()}/admin/auth/login`);
  await page.getByLabel('Email').fill(TEST_ADMIN.email);
  await page.getByLabel('Password').fill(TEST_ADMIN.password);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForURL(/\/admin\/?$/);
}

const publicStatus = async (slug: string) => (await fetch(`${webUrl()}/articles/${slug}`)).status;

describe('an editor schedules an article in the admin', () => {
  it('writes it, schedules it ~20 s ahead, previews the draft, and readers get it at that minute and not before', async () => {
    const issue = (await createClient({ baseUrl: cmsUrl() }).getLatestIssue())!;
    const author = issue.articles[0].authors[0];
    const run = Date.now();
    const headline = `Night buses return to the east side ${run}`;
    // Never typed: the slug follows the headline until the article is published.
    const slug = `night-buses-return-to-the-east-side-${run}`;
    await mkdir(ARTIFACTS, { recursive: true });

    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, timezoneId: EDITOR_TIME_ZONE });
      const page = await context.newPage();
      await logIn(page);

      await page.goto(`${cmsUrl()}/admin/content-manager/collection-types/api::article.article/create`);
      await page.getByRole('textbox', { name: 'Headline' }).fill(headline);
      await page.getByRole('textbox', { name: 'Dek (summary)' }).fill('The city restores three routes it cut in 2020.');
      await page.getByRole('combobox', { name: 'Byline' }).click();
      await page.getByRole('option', { name: author.name }).click();
      await page.getByRole('combobox', { name: 'Issue' }).click();
      await page.getByRole('option', { name: new RegExp(`^Volume ${issue.volume.number}, Issue ${issue.number} `) }).click();
      await page.locator('[contenteditable="true"]').first().click(); // the body's rich-text editor (the only editable region)
      await page.keyboard.type('Three night routes return on Monday, running every twenty minutes until 3 a.m.');
      // The checklist (the server's own publish rules) turns green as the form fills in.
      await page.getByText('Ready to publish').waitFor();

      // The next whole minute at least LEAD_MS away; wait until it is no more than ~25 s away, then pick it.
      const goesLiveAt = new Date(Math.ceil((Date.now() + LEAD_MS) / 60_000) * 60_000);
      await sleep(Math.max(0, goesLiveAt.getTime() - LEAD_MS - 5_000 - Date.now()));
      const { date, time } = wallClock(goesLiveAt, EDITOR_TIME_ZONE);
      const publishAt = page.getByRole('group', { name: 'Publish at', exact: true });
      await publishAt.getByRole('combobox', { name: 'Choose date' }).fill(date);
      await publishAt.getByRole('combobox', { name: 'Choose time' }).fill(time);
      await page.keyboard.press('Tab');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText('Saved document').waitFor();
      await page.waitForURL(/api::article\.article\/(?!create)\w+/); // the new document's own address
      const editView = page.url();

      // The side panel states the schedule in the editor's zone.
      await page.getByText(new RegExp(`^Scheduled for .*, ${time} .* — in`)).waitFor();
      await page.screenshot({ path: path.join(ARTIFACTS, 'admin-scheduled.png') });
      expect(await publicStatus(slug)).toBe(404);

      await page.getByRole('link', { name: 'Open preview' }).click();
      await page.waitForURL(/\/preview/);
      const preview = page.frameLocator('iframe');
      await expect(preview.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(headline);
      await preview.getByText('Preview: you are seeing drafts').waitFor();
      await page.screenshot({ path: path.join(ARTIFACTS, 'admin-preview.png') });
      expect(await publicStatus(slug)).toBe(404); // the preview leaked nothing into the readers' cache

      // Readers poll: 404 until the minute, the article within ON_TIME_MS of it.
      let liveAt: number | null = null;
      while (liveAt === null && Date.now() < goesLiveAt.getTime() + ON_TIME_MS) {
        const checkedAt = Date.now();
        const status = await publicStatus(slug);
        if (status === 200) liveAt = checkedAt;
        else expect(status).toBe(404);
        await sleep(250);
      }
      if (liveAt === null) {
        // Say where it stopped: not published by the CMS (and why), or published but not shown by the site.
        const stored = await adminFetch(`/content-manager/collection-types/api::article.article?filters[slug][$eq]=${slug}`, {
          method: 'GET',
        });
        throw new Error(`not live ${ON_TIME_MS} ms after ${goesLiveAt.toISOString()}; the CMS has: ${await stored.text()}`);
      }
      expect(liveAt!).toBeGreaterThanOrEqual(goesLiveAt.getTime());
      const reader = await browser.newPage(); // a reader's own browser, without the editor's preview cookie
      await reader.goto(`${webUrl()}/articles/${slug}`);
      await expect(reader.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(headline);

      // Back in the admin, the Schedule panel says what happened rather than "Not scheduled".
      await page.goto(editView);
      await page.getByText(new RegExp(`^Published by schedule at \\w+ \\d+ \\w+, ${time} New York time\\.$`)).waitFor();
      await page.screenshot({ path: path.join(ARTIFACTS, 'admin-published-by-schedule.png') });
    } finally {
      await browser.close();
    }
  }, 180_000);
});
