import type { Core } from '@strapi/strapi';
import { CONTENT_MANAGER as CM, type AdminRoute } from '../admin-api/admin-routes';
import { UID } from '../uids';
import { articleListDetails } from './list-details';

/** `GET /masthead/articles/list-details?documentIds=a,b,c`: the admin article list's byline and readiness columns. */
export function articleListRoutes(strapi: Core.Strapi): AdminRoute[] {
  return [
    {
      method: 'GET',
      path: '/articles/list-details',
      handler: async (ctx) => {
        ctx.body = { data: await articleListDetails(strapi, ctx.query.documentIds) };
      },
      permissions: [[CM.read, UID.article]],
    },
  ];
}
