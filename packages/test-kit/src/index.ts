export { createAdminApi, TEST_ADMIN, type AdminFetch } from './admin-api';
export { throwawayCmsSecrets } from './cms-secrets';
export { freePort } from './ports';
export { start, startDetached, waitFor, type WatchedProcess } from './processes';
export { productionCmsEnv } from './production-cms';
export { CMS_DIR, NEXT_BIN, REPO_ROOT, STRAPI_BIN, WEB_DIR } from './repo-paths';
