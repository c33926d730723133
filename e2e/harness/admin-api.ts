import { createAdminApi, TEST_ADMIN } from '@masthead/test-kit';

/** The browser suite's CMS, as its test editor (one login per test file). */
export const adminFetch = createAdminApi(() => process.env.MASTHEAD_TEST_CMS_URL!, TEST_ADMIN);
