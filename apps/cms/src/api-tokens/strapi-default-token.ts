import type { Core } from '@strapi/strapi';

/**
 * Strapi's own "Full Access" token, as its admin creates it on a first start with no users and no tokens
 * (`createDefaultAPITokensIfNeeded`): name, type and description exactly as Strapi writes them, so that a
 * full-access token an operator made on purpose (under a name of their own) is never touched.
 */
const STRAPI_DEFAULT_FULL_ACCESS = {
  name: 'Full Access',
  type: 'full-access',
  description: 'A default API token with full access permissions, used for accessing or modifying resources',
} as const;

/**
 * Removes Strapi's default Full Access token, at every start. Masthead ships no token that can write or read
 * users and uploads: whoever sees it in the admin (or in a backup of the database) could change everything
 * through the API. An operator who needs one creates it on purpose (README, "API tokens"). Strapi's default
 * Read Only token stays: it reads exactly what anonymous readers read.
 */
export async function removeStrapiDefaultFullAccessToken(strapi: Core.Strapi): Promise<number> {
  const defaults: Array<{ id: number }> = await strapi.db
    .query('admin::api-token')
    .findMany({ where: STRAPI_DEFAULT_FULL_ACCESS, select: ['id'] });
  const tokens = strapi.service('admin::api-token-content-api') as { revoke(id: number): Promise<unknown> };
  for (const { id } of defaults) await tokens.revoke(id);
  return defaults.length;
}
