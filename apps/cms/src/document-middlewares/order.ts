import type { Core, Modules } from '@strapi/strapi';
import type { Notifier } from '../revalidation/notifier';
import { revalidationMiddleware } from '../revalidation/revalidation-middleware';
import type { Generation } from '../response-cache/generation';
import { awaitCacheInvalidation } from '../response-cache/invalidate-on-write';
import { articleDerivedFields } from './article-derived-fields';
import { articlePositions } from './article-positions';
import { articlePublishCheck } from '../publishing/article-publish-check';
import { titleSlugs } from './title-slugs';
import { issueGoesLiveWithArticles, liveIssuesKeepAnArticle } from '../publishing/issue-goes-live';
import { issueIntegrity } from '../publishing/issue-integrity';
import { issueLabels } from './issue-labels';
import { richTextBounds } from './rich-text-bounds';
import { scheduleFields } from '../scheduling/schedule-fields';
import { slugRedirects } from './slug-redirects';

interface Entry {
  name: string;
  /** Why it sits where it does: each runs around every one after it. */
  position: string;
  middleware: Modules.Documents.Middleware.Middleware;
}

/**
 * Every document middleware, outermost first: the one place their order is decided (`src/index.ts` registers the
 * list as it is; `__tests__/order.test.ts` pins it). The website's revalidation joins when the site is configured.
 */
export function documentMiddlewares(
  strapi: Core.Strapi,
  { generation, notifier }: { generation: Generation; notifier?: Notifier },
): Entry[] {
  return [
    {
      name: 'awaitCacheInvalidation',
      position: 'outermost: a write answers once the cache has moved on, after every write below',
      middleware: awaitCacheInvalidation(generation),
    },
    {
      name: 'richTextBounds',
      position: 'before anything reads the body: a hostile tree is refused at its limit, not walked by every rule below',
      middleware: richTextBounds(strapi),
    },
    {
      name: 'titleSlugs',
      position: 'before the rules below read or publish a new document, which needs its slug',
      middleware: titleSlugs(strapi),
    },
    {
      name: 'articlePositions',
      position: 'after the write below has stored the issue, which it places the article at the end of; a refused write places nothing',
      middleware: articlePositions(strapi),
    },
    {
      name: 'articleDerivedFields',
      position: 'before the checks: reading time, search text and first publication are part of what they read',
      middleware: articleDerivedFields(strapi),
    },
    {
      name: 'articlePublishCheck',
      position: 'around the schedule and redirect writes below, so a refused publish rolls them back too',
      middleware: articlePublishCheck(strapi),
    },
    {
      name: 'scheduleFields',
      position: 'inside the publish check: clearing a pending publish time is undone with a refused publish',
      middleware: scheduleFields(strapi),
    },
    {
      name: 'slugRedirects',
      position: 'inside the publish check: the old URL redirects only if the publish stands',
      middleware: slugRedirects(strapi),
    },
    {
      name: 'liveIssuesKeepAnArticle',
      position: 'around the article writes below: a refused unpublish or delete rolls back whatever they wrote with it',
      middleware: liveIssuesKeepAnArticle(strapi),
    },
    {
      name: 'issueGoesLiveWithArticles',
      position: 'around the issue checks below: a refused shell rolls back whatever they wrote with it',
      middleware: issueGoesLiveWithArticles(strapi),
    },
    {
      name: 'issueIntegrity',
      position: 'around the labels below: a clash of issue numbers rolls their update back',
      middleware: issueIntegrity(strapi),
    },
    {
      name: 'issueLabels',
      position: 'after the write it labels, inside the integrity check’s transaction',
      middleware: issueLabels(strapi),
    },
    ...(notifier
      ? [
          {
            name: 'revalidation',
            position: 'innermost: reads the page views just around the write, and notifies once the outermost transaction commits',
            middleware: revalidationMiddleware(strapi, notifier),
          },
        ]
      : []),
  ];
}
