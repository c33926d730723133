import type { Core } from '@strapi/strapi';
import { CONTENT_MANAGER as CM, type AdminRoute } from '../admin-api/admin-routes';
import { UID } from '../uids';
import { newsroomDashboard } from './newsroom-dashboard';

/** `GET /masthead/dashboard`: the admin home page's Newsroom widget, for the signed-in editor. */
export function dashboardRoutes(strapi: Core.Strapi): AdminRoute[] {
  return [
    {
      method: 'GET',
      path: '/dashboard',
      handler: async (ctx) => {
        const user = (ctx.state as { user?: { id: number } }).user;
        ctx.body = { data: await newsroomDashboard(strapi, user!.id) };
      },
      permissions: [
        [CM.read, UID.article],
        [CM.read, UID.issue],
      ],
    },
  ];
}
