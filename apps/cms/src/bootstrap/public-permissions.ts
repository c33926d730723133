import { publicCollections, publicSingles } from '@masthead/client/contract';
import type { Core } from '@strapi/strapi';

/**
 * The reader-facing types the public role may read: the collections and single types of the public query contract,
 * so a type added there is readable at the next start. Drafts stay invisible: REST serves published versions only.
 */
const PUBLIC_COLLECTIONS = Object.values(publicCollections).map((collection) => collection.uid);
const PUBLIC_SINGLES = Object.values(publicSingles).map((single) => single.uid);

/**
 * Every content-API action readers may take: find/findOne on the reader-facing collections, find on the single
 * types. Search needs no permission: its route is open to every caller (`src/api/article/routes/search.ts`).
 */
export function publicReadActions(): string[] {
  return [...PUBLIC_COLLECTIONS.flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]), ...PUBLIC_SINGLES.map((uid) => `${uid}.find`)];
}

/**
 * Grants the public role exactly find/findOne on the reader-facing types, in code rather than by
 * clicking, and removes every other content-API permission the role holds — Strapi's own defaults included:
 * sign-up, log-in, password reset, email confirmation and the OAuth providers (`plugin::users-permissions.auth.*`).
 * Masthead has no reader accounts, so none of those routes may answer a stranger. The authenticated role gets the
 * same reads and nothing more, so a JWT from before (or from a full-access token's sign-up) reads what readers read.
 */
export async function syncPublicPermissions(strapi: Core.Strapi): Promise<void> {
  for (const type of ['public', 'authenticated']) {
    const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type } });
    if (!role) throw new Error(`The users-permissions ${type} role is missing; is the plugin installed?`);
    await grantExactly(strapi, role.id, publicReadActions());
  }
}

async function grantExactly(strapi: Core.Strapi, roleId: number, actions: string[]): Promise<void> {
  const wanted = new Set(actions);
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const current: Array<{ id: number; action: string }> = await permissions.findMany({ where: { role: roleId }, select: ['id', 'action'] });

  const stale = current.filter(({ action }) => !wanted.has(action));
  if (stale.length) await permissions.deleteMany({ where: { id: { $in: stale.map(({ id }) => id) } } });

  const have = new Set(current.map(({ action }) => action));
  for (const action of wanted) {
    if (!have.has(action)) await permissions.create({ data: { action, role: roleId } });
  }
}
