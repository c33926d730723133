import type { Core } from '@strapi/strapi';

/**
 * Plugins whose content-API routes hold what no reader may see: users and their emails, roles and permissions, the
 * whole upload library (draft covers included). Strapi lets a Read-only token call every `find`/`findOne` there.
 */
const PRIVATE_PLUGINS = ['users-permissions', 'upload'];

export const FULL_ACCESS_ONLY = 'global::full-access-tokens-only';

interface Route {
  config?: { policies?: unknown[] };
}

/**
 * Puts the full-access-tokens-only policy in front of every content-API route of those plugins, so a Read-only or
 * Custom token reads exactly what anonymous readers read. Anonymous requests are left to the public role's
 * permissions, which grant none of these (bootstrap/public-permissions.ts). Run in `register`, before routes mount.
 */
export function restrictPluginRoutesToFullAccess(strapi: Core.Strapi): void {
  for (const name of PRIVATE_PLUGINS) {
    const router = (strapi.plugin(name).routes as Record<string, { routes?: Route[] } | undefined>)['content-api'];
    if (!router?.routes?.length)
      throw new Error(`The ${name} plugin has no content-API routes to restrict; did Strapi change how they are declared?`);
    for (const route of router.routes) {
      route.config = { ...route.config, policies: [...(route.config?.policies ?? []), FULL_ACCESS_ONLY] };
    }
  }
}
