import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from '@masthead/test-kit/chromium';
import type { Browser, Page } from 'playwright-core';
import { TEST_ADMIN, useCms } from './cms';

const ARTIFACTS = path.resolve(__dirname, '..', '..', 'test-artifacts', 'admin');

export interface AdminBrowser {
  readonly cms: ReturnType<typeof useCms>;
  /** The admin's page, in Chromium at the given viewport. */
  page(): Page;
  /** The CMS's own address, e.g. `http://127.0.0.1:41234`. */
  baseUrl(): string;
  /** Logs in through the admin's form with the account created from the environment. */
  logIn(): Promise<void>;
  /** A full-page screenshot in test-artifacts/admin/<name>.png, for a person to look at. */
  shot(name: string): Promise<Buffer>;
}

/** A CMS that listens on a port and one Chromium page on its admin, for the whole test file. */
export function useAdminBrowser(viewport = { width: 1440, height: 960 }): AdminBrowser {
  const cms = useCms({ listen: true });
  let browser: Browser | undefined;
  let page: Page | undefined;
  let baseUrl = '';

  beforeAll(async () => {
    baseUrl = `http://127.0.0.1:${cms.strapi.config.get('server.port')}`;
    await mkdir(ARTIFACTS, { recursive: true });
    browser = await launchChromium();
    page = await browser.newPage({ viewport });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
  });

  return {
    cms,
    page: () => page!,
    baseUrl: () => baseUrl,
    async logIn() {
      await page!.goto(`${baseUrl}/admin/auth/login`);
      await page!.getByLabel(/email/i).fill(TEST_ADMIN.email);
      await page!
        .getByLabel(/password/i)
        .first()
        .fill(TEST_ADMIN.password);
      await page!.getByRole('button', { name: /log ?in/i }).click();
      await page!.waitForURL(/\/admin(\/)?$/, { timeout: 60_000 });
    },
    shot: (name) => page!.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true }),
  };
}
