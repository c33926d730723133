import type { Core } from '@strapi/strapi';
import { releaseIssue } from '../publishing/issue-release';
import { UID } from '../uids';
import { includeInRelease, issueDesk, orderIssue } from './issue-desk';

type Context = Parameters<Core.MiddlewareHandler>[0];

const CM = 'plugin::content-manager.explorer';
/** Who may do what, in the Content Manager's own permissions (what an editor's role grants in the admin). */
const may = (...actions: Array<[string, string]>) => [{ name: 'admin::hasPermissions', config: { actions } }];

/**
 * The issue desk's admin API (`/masthead/issues/…`), behind the admin's own log-in, for the issue screen's panel:
 * read the table of contents with each article's readiness, reorder it, choose what goes out with the issue, and
 * release the issue with its articles now. Every write goes through the document service, so each rule of
 * src/publishing holds here as everywhere.
 */
export function registerIssueDeskRoutes(strapi: Core.Strapi): void {
  const issueId = (ctx: Context) => String(ctx.params.documentId);
  const body = (ctx: Context) => (ctx.request as { body?: Record<string, unknown> }).body ?? {};
  const info = { type: 'admin' as const };
  strapi.server.routes({
    type: 'admin',
    prefix: '/masthead',
    routes: [
      {
        method: 'GET',
        info,
        path: '/issues/:documentId/desk',
        handler: async (ctx: Context) => {
          ctx.body = { data: await issueDesk(strapi, issueId(ctx)) };
        },
        config: { policies: may([`${CM}.read`, UID.issue], [`${CM}.read`, UID.article]) },
      },
      {
        method: 'PUT',
        info,
        path: '/issues/:documentId/order',
        handler: async (ctx: Context) => {
          ctx.body = { data: await orderIssue(strapi, issueId(ctx), body(ctx).articles) };
        },
        config: { policies: may([`${CM}.update`, UID.article]) },
      },
      {
        method: 'PUT',
        info,
        path: '/issues/:documentId/articles/:articleId',
        handler: async (ctx: Context) => {
          ctx.body = { data: await includeInRelease(strapi, issueId(ctx), String(ctx.params.articleId), body(ctx).releaseWithIssue) };
        },
        config: { policies: may([`${CM}.update`, UID.article]) },
      },
      {
        method: 'POST',
        info,
        path: '/issues/:documentId/release',
        handler: async (ctx: Context) => {
          await releaseIssue(strapi, issueId(ctx));
          ctx.body = { data: await issueDesk(strapi, issueId(ctx)) };
        },
        config: { policies: may([`${CM}.publish`, UID.issue], [`${CM}.publish`, UID.article]) },
      },
    ],
  });
}
