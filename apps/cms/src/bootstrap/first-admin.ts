import type { Core } from '@strapi/strapi';
import { getEnv } from '../env';

/**
 * Creates the first super admin from MASTHEAD_ADMIN_EMAIL / MASTHEAD_ADMIN_PASSWORD when the database has no admin
 * yet, so a fresh clone opens straight into the admin's login page. An existing admin is never touched.
 */
export async function ensureFirstAdmin(strapi: Core.Strapi): Promise<{ created: boolean; email: string }> {
  const env = getEnv();
  const users = strapi.service('admin::user');
  if (await users.exists()) return { created: false, email: env.MASTHEAD_ADMIN_EMAIL };
  await users.createFirstAdmin({
    firstname: 'Masthead',
    lastname: 'Editor',
    email: env.MASTHEAD_ADMIN_EMAIL,
    password: env.MASTHEAD_ADMIN_PASSWORD,
  });
  return { created: true, email: env.MASTHEAD_ADMIN_EMAIL };
}
