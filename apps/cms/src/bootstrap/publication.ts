import type { Core } from '@strapi/strapi';
import { UID } from '../uids';

/**
 * The publication's settings exist from the first start, empty until editors fill them in: `GET /api/publication`
 * then always answers 200 with the settings as they are, and a 404 can only mean a wrong address.
 */
export async function ensurePublication(strapi: Core.Strapi): Promise<boolean> {
  const publication = strapi.documents(UID.publication);
  if (await publication.findFirst({ fields: ['documentId'] })) return false;
  await publication.create({ data: {} });
  return true;
}
