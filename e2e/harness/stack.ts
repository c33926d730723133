import { randomBytes } from 'node:crypto';
import { productionCmsEnv, TEST_ADMIN } from '@masthead/test-kit';

/** The secret the stack's CMS signs revalidation requests and preview links with, and its website checks. */
export const REVALIDATE_SECRET = randomBytes(24).toString('hex');

/** The API token the stack's website reads drafts with in previews (provisioned by the CMS from its env). */
export const PREVIEW_TOKEN = randomBytes(24).toString('hex');

/**
 * Environment of a throwaway production CMS on its own SQLite file, seeded with the sample publication, telling
 * the website at `webUrl` about every change.
 */
export function cmsEnv(port: number, databaseFile: string, webUrl: string): NodeJS.ProcessEnv {
  return {
    ...productionCmsEnv(port),
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: databaseFile,
    MASTHEAD_SEED_SAMPLE: 'true',
    MASTHEAD_ADMIN_EMAIL: TEST_ADMIN.email,
    MASTHEAD_ADMIN_PASSWORD: TEST_ADMIN.password,
    MASTHEAD_WEB_URL: webUrl,
    MASTHEAD_REVALIDATE_SECRET: REVALIDATE_SECRET,
    MASTHEAD_PREVIEW_TOKEN: PREVIEW_TOKEN,
  };
}
