import type { Core } from '@strapi/strapi';
import { CONTENT_MANAGER as CM, type AdminRoute } from '../admin-api/admin-routes';
import { UID } from '../uids';
import { addOutletForUrl, outletForUrl } from './outlet-for-url';

/**
 * The Sources panel's admin API: `GET /masthead/sources/for-url?url=…` finds the outlet of a pasted page;
 * `POST /masthead/sources` adds a new one for it.
 */
export function citationRoutes(strapi: Core.Strapi): AdminRoute[] {
  return [
    {
      method: 'GET',
      path: '/sources/for-url',
      handler: async (ctx) => {
        ctx.body = { data: await outletForUrl(strapi, ctx.query.url) };
      },
      permissions: [[CM.read, UID.source]],
    },
    {
      method: 'POST',
      path: '/sources',
      handler: async (ctx) => {
        ctx.body = { data: await addOutletForUrl(strapi, (ctx.request as { body?: unknown }).body) };
      },
      permissions: [[CM.create, UID.source]],
    },
  ];
}
