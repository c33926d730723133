import type { Core } from '@strapi/strapi';
import { CONTENT_MANAGER as CM, type AdminContext, type AdminRoute } from '../admin-api/admin-routes';
import { releaseIssue } from '../publishing/issue-release';
import type { Revalidation } from '../revalidation/affected-tags';
import type { Notifier } from '../revalidation/notifier';
import { UID } from '../uids';
import { includeInRelease, issueDesk, orderIssue } from './issue-desk';

/**
 * The issue desk's admin API (`/masthead/issues/…`), for the issue screen's panel: read the table of contents with
 * each article's readiness, reorder it, choose what goes out with the issue, and release the issue with its
 * articles now. Every write goes through the document service, so each rule of src/publishing holds here as
 * everywhere; a new order of a live issue also moves its live articles, and the website (`notifier()`, when one is
 * configured) hears of it.
 */
export function issueDeskRoutes(strapi: Core.Strapi, notifier: () => Notifier | undefined): AdminRoute[] {
  const issueId = (ctx: AdminContext) => String(ctx.params.documentId);
  const body = (ctx: AdminContext) => (ctx.request as { body?: Record<string, unknown> }).body ?? {};
  return [
    {
      method: 'GET',
      path: '/issues/:documentId/desk',
      handler: async (ctx) => {
        ctx.body = { data: await issueDesk(strapi, issueId(ctx)) };
      },
      permissions: [
        [CM.read, UID.issue],
        [CM.read, UID.article],
      ],
    },
    {
      method: 'PUT',
      path: '/issues/:documentId/order',
      handler: async (ctx) => {
        const notify = (revalidation: Revalidation) => void notifier()?.notify('api::issue.issue.reorder', revalidation);
        ctx.body = { data: await orderIssue(strapi, issueId(ctx), body(ctx).articles, notify) };
      },
      permissions: [[CM.update, UID.article]],
    },
    {
      method: 'PUT',
      path: '/issues/:documentId/articles/:articleId',
      handler: async (ctx) => {
        ctx.body = { data: await includeInRelease(strapi, issueId(ctx), String(ctx.params.articleId), body(ctx).releaseWithIssue) };
      },
      permissions: [[CM.update, UID.article]],
    },
    {
      method: 'POST',
      path: '/issues/:documentId/release',
      handler: async (ctx) => {
        await releaseIssue(strapi, issueId(ctx));
        ctx.body = { data: await issueDesk(strapi, issueId(ctx)) };
      },
      permissions: [
        [CM.publish, UID.issue],
        [CM.publish, UID.article],
      ],
    },
  ];
}
