import type { Core } from '@strapi/strapi';
import { registerAdminRoutes } from './admin-api/admin-routes';
import { restrictPluginRoutesToFullAccess } from './api-tokens/plugin-routes';
import { removeStrapiDefaultFullAccessToken } from './api-tokens/strapi-default-token';
import { applyAdminLayouts } from './bootstrap/admin-layouts';
import { closeReaderAccounts } from './bootstrap/closed-reader-accounts';
import { ensureFirstAdmin } from './bootstrap/first-admin';
import { ensurePublication } from './bootstrap/publication';
import { syncPreviewToken } from './preview/preview-token';
import { syncPublicPermissions } from './bootstrap/public-permissions';
import { appendUnplacedArticles } from './document-middlewares/article-positions';
import { relabelAllIssues } from './document-middlewares/issue-labels';
import { articleListRoutes } from './article-list/routes';
import { citationRoutes } from './citations/routes';
import { dashboardRoutes } from './dashboard/routes';
import { documentMiddlewares } from './document-middlewares/order';
import { ensurePublicListIndexes } from './database/public-list-indexes';
import { runDataMigrations } from './database/data-migrations';
import { dropRepeatedSourcesLinesMigration } from './citations/drop-repeated-sources-lines';
import { keepPlannerStatistics } from './database/planner-statistics';
import { getEnv } from './env';
import { issueDeskRoutes } from './issue-desk/routes';
import { ensureSearchIndex } from './search/full-text/search-index';
import { fillMissingBodyText, keepArticleBodyFields } from './content/article-body-fields';
import { createNotifier, type Notifier } from './revalidation/notifier';
import { invalidateOnWrite } from './response-cache/invalidate-on-write';
import { responseCacheOf } from './response-cache/response-cache';
import { closeRateLimits, rateLimitsOf } from './rate-limit/rate-limits-of';
import { startScheduler } from './scheduling/scheduler';
import { guardUploadProvider } from './uploads/guard-upload-provider';
import { verifyUploadContent } from './uploads/verify-upload-content';
import { seedSampleIfEmpty } from './seed/seed-sample';

let scheduler: ReturnType<typeof startScheduler> | undefined;
let notifier: Notifier | undefined;
let plannerStatistics: { stop(): void } | undefined;

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    restrictPluginRoutesToFullAccess(strapi);
    registerAdminRoutes(strapi, [
      ...issueDeskRoutes(strapi, () => notifier),
      ...dashboardRoutes(strapi),
      ...articleListRoutes(strapi),
      ...citationRoutes(strapi),
    ]);
    const { generation } = responseCacheOf(strapi);
    const env = getEnv();
    // The website re-reads the CMS as soon as it hears: the cache must have moved on first.
    notifier =
      env.MASTHEAD_WEB_URL && env.MASTHEAD_REVALIDATE_SECRET
        ? createNotifier(strapi, { webUrl: env.MASTHEAD_WEB_URL, secret: env.MASTHEAD_REVALIDATE_SECRET, beforeSend: generation.settled })
        : undefined;
    for (const { middleware } of documentMiddlewares(strapi, { generation, notifier })) strapi.documents.use(middleware);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const env = getEnv();
    const { generation } = responseCacheOf(strapi);
    invalidateOnWrite(strapi, generation);
    keepArticleBodyFields(strapi);
    guardUploadProvider(strapi);
    verifyUploadContent(strapi);
    // Whatever changed while this instance was down (a restore, a fix made in SQL) must not be answered from before.
    await generation.bump();
    if (!env.MASTHEAD_WEB_URL)
      strapi.log.info('Website revalidation is off: set MASTHEAD_WEB_URL and MASTHEAD_REVALIDATE_SECRET to turn it on.');
    // Budgets shared through Redis count from the first request, not from whenever the connection happens to open.
    await rateLimitsOf(strapi).connected(2000);
    await syncPublicPermissions(strapi);
    if (await ensurePublication(strapi))
      strapi.log.info('Created the publication settings (empty): fill them in under Single types › Publication.');
    const closed = await closeReaderAccounts(strapi);
    if (closed.length > 0) strapi.log.info(`Turned off ${closed.join(', ')}: Masthead has no reader accounts.`);
    await applyAdminLayouts(strapi);
    for (const report of await runDataMigrations(strapi, [dropRepeatedSourcesLinesMigration])) strapi.log.info(report);
    // The body text first: when the index is new (or rebuilt), one statement then indexes everything at once.
    const filled = await fillMissingBodyText(strapi);
    if (filled) strapi.log.info(`Filled in the plain text of ${filled} article versions, for search and reading times.`);
    const rebuilt = await ensureSearchIndex(strapi);
    if (rebuilt !== null) strapi.log.info(`Built the search index: ${rebuilt} published articles.`);
    const relabelled = await relabelAllIssues(strapi);
    if (relabelled) strapi.log.info(`Renamed ${relabelled} issue versions to the house style ("Volume 19, Issue 4").`);
    const placed = await appendUnplacedArticles(strapi);
    if (placed) strapi.log.info(`Placed ${placed} articles without a position at the end of their issues.`);
    if (env.MASTHEAD_PREVIEW_TOKEN) {
      const token = await syncPreviewToken(strapi, env.MASTHEAD_PREVIEW_TOKEN);
      if (token !== 'unchanged') strapi.log.info(`The website's preview token was ${token} from MASTHEAD_PREVIEW_TOKEN.`);
    }
    if (await removeStrapiDefaultFullAccessToken(strapi))
      strapi.log.info("Removed Strapi's default Full Access API token: Masthead ships none.");
    const admin = await ensureFirstAdmin(strapi);
    if (admin.created) strapi.log.info(`Created the first admin user ${admin.email} (password from MASTHEAD_ADMIN_PASSWORD).`);

    if (env.MASTHEAD_SEED_SAMPLE) {
      const report = await seedSampleIfEmpty(strapi);
      if (report.seeded) {
        strapi.log.info(
          `Seeded the sample publication: ${report.volumes} volumes, ${report.issues} issues, ${report.articles} articles, ${report.authors} authors, ${report.sources} sources.`,
        );
      }
    }

    const indexed = await ensurePublicListIndexes(strapi);
    if (indexed.length > 0) strapi.log.info(`Created the indexes ${indexed.join(', ')} for the public lists.`);
    // After the seed and the indexes: the first statistics describe the tables as they are.
    plannerStatistics = await keepPlannerStatistics(strapi);

    if (env.MASTHEAD_SCHEDULER_ENABLED) scheduler = startScheduler(strapi, env.MASTHEAD_SCHEDULER_INTERVAL_MS);
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await scheduler?.stop();
    plannerStatistics?.stop();
    await notifier?.drain();
    await responseCacheOf(strapi).store?.close();
    await closeRateLimits(strapi);
  },
};
