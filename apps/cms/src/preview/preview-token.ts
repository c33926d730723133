import type { Core } from '@strapi/strapi';
import { publicReadActions } from '../bootstrap/public-permissions';
import { PREVIEW_TOKEN_NAME } from './website-token';

/**
 * Exactly what the public role may do: the website reads everything readers read with this token (and drafts in
 * previews); it never writes.
 */
const PERMISSIONS = publicReadActions();

interface TokenService {
  create(attributes: object): Promise<{ id: number }>;
  update(id: number, attributes: object): Promise<unknown>;
  hash(accessKey: string): string;
}

/**
 * Keeps the API token the website reads drafts with (for previews) in step with MASTHEAD_PREVIEW_TOKEN: created on
 * first start, its key replaced when the variable changes. The key is set from the environment, not generated, so
 * the CMS and the website are configured with the same value and nobody copies tokens out of the admin.
 */
export async function syncPreviewToken(strapi: Core.Strapi, accessKey: string): Promise<'created' | 'updated' | 'unchanged'> {
  const tokens = strapi.service('admin::api-token-content-api') as TokenService;
  const encryption = strapi.service('admin::encryption') as { encrypt(value: string): string };
  const rows = strapi.db.query('admin::api-token');

  let token: { id: number; accessKey: string } | null = await rows.findOne({
    where: { name: PREVIEW_TOKEN_NAME },
    select: ['id', 'accessKey'],
  });
  let outcome: 'created' | 'updated' = 'updated';
  if (!token) {
    const created = await tokens.create({
      name: PREVIEW_TOKEN_NAME,
      description: 'Lets the website show drafts in previews. Managed by Masthead.',
      type: 'custom',
      lifespan: null,
      permissions: PERMISSIONS,
    });
    token = { id: created.id, accessKey: '' };
    outcome = 'created';
  }
  // Permissions too, at every start: a token created by an older release may lack the redirect reads.
  const granted: { permissions?: Array<{ action: string }> } | null = await rows.findOne({
    where: { id: token.id },
    populate: ['permissions'],
  });
  const actions = new Set((granted?.permissions ?? []).map((permission) => permission.action));
  const permissionsChanged = actions.size !== PERMISSIONS.length || PERMISSIONS.some((action) => !actions.has(action));
  if (permissionsChanged) await tokens.update(token.id, { permissions: PERMISSIONS });

  const hashed = tokens.hash(accessKey);
  if (token.accessKey === hashed) return permissionsChanged ? 'updated' : 'unchanged';
  await rows.update({ where: { id: token.id }, data: { accessKey: hashed, encryptedKey: encryption.encrypt(accessKey) } });
  return outcome;
}
