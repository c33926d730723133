import type { Core } from '@strapi/strapi';

export type AdminContext = Parameters<Core.MiddlewareHandler>[0];

export interface AdminRoute {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  handler(ctx: AdminContext): Promise<void>;
  /** The Content Manager permissions the caller's admin role must grant, as [action, content type]. */
  permissions: Array<[string, string]>;
}

/** The Content Manager's permission actions, as the admin's roles grant them. */
export const CONTENT_MANAGER = {
  read: 'plugin::content-manager.explorer.read',
  create: 'plugin::content-manager.explorer.create',
  update: 'plugin::content-manager.explorer.update',
  publish: 'plugin::content-manager.explorer.publish',
} as const;

/**
 * Masthead's own admin API, under `/masthead`: routes of Strapi's `admin` type, so only the admin's log-in is
 * accepted (never an API token), each behind the Content Manager permissions it names, checked by Strapi's own
 * `admin::hasPermissions` policy — an editor may do here exactly what their role lets them do in the admin.
 */
export function registerAdminRoutes(strapi: Core.Strapi, routes: AdminRoute[]): void {
  strapi.server.routes({
    type: 'admin',
    prefix: '/masthead',
    routes: routes.map(({ method, path, handler, permissions }) => ({
      method,
      path,
      handler,
      info: { type: 'admin' },
      config: { policies: [{ name: 'admin::hasPermissions', config: { actions: permissions } }] },
    })),
  });
}
