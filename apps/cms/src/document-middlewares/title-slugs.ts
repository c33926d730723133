import type { Core, Modules, UID } from '@strapi/strapi';
import { paramsOf } from './writes';

/**
 * Gives a new document a unique slug from its title or name when the writer sent none. The admin fills slugs in
 * the form, but REST clients and importers should not have to, and a document without its slug cannot be published.
 * Uses the Content Manager's own generator, so slugs look the same whichever way content arrives.
 */
/** The longest title or name a slug is generated from, whatever its attribute allows. */
const MAX_SLUG_SOURCE_LENGTH = 1000;

export function defaultSlugs(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const { data } = paramsOf(context);
    if (context.action !== 'create' || !context.uid.startsWith('api::') || !data) return next();

    for (const [field, attribute] of Object.entries(context.contentType.attributes)) {
      if (attribute.type !== 'uid' || !attribute.targetField || data[field]) continue;
      const source = data[attribute.targetField];
      if (!source) continue;
      // A title past its own limit is refused by validation after this: slugifying it first is wasted work, and
      // quadratic (2.4 s for 65,000 characters, blocking every other request), so it is left to that refusal.
      const limit =
        (context.contentType.attributes as Record<string, { maxLength?: number }>)[attribute.targetField]?.maxLength ??
        MAX_SLUG_SOURCE_LENGTH;
      if (typeof source === 'string' && source.length > Math.min(limit, MAX_SLUG_SOURCE_LENGTH)) continue;
      data[field] = await strapi
        .plugin('content-manager')
        .service('uid')
        .generateUIDField({ contentTypeUID: context.uid as UID.ContentType, field, data });
    }
    return next();
  };
}
