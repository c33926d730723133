import { factories } from '@strapi/strapi';
import type { UID } from '@strapi/strapi';

/**
 * The core router of a content type, with the published-only guard and the type's populate policy
 * (`api::<type>.<type>-populate`) in front of the two public read routes. The query itself was checked against
 * the public contract before the request got here (global::public-query).
 */
export function createPopulatedRouter(uid: UID.ContentType, options: { only?: Array<'find' | 'findOne'> } = {}) {
  const middlewares = [{ name: 'global::published-only', config: { uid } }, `${uid}-populate`];
  return factories.createCoreRouter(uid, {
    ...options,
    config: {
      find: { middlewares },
      findOne: { middlewares },
    },
  });
}
