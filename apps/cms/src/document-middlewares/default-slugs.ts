import type { Core, Modules, UID } from '@strapi/strapi';

/**
 * Gives a new document a unique slug from its title or name when the writer sent none. The admin fills slugs in
 * the form, but REST clients and importers should not have to, and a document without its slug cannot be published.
 * Uses the Content Manager's own generator, so slugs look the same whichever way content arrives.
 */
export function defaultSlugs(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const data = (context.params as { data?: Record<string, unknown> }).data;
    if (context.action !== 'create' || !context.uid.startsWith('api::') || !data) return next();

    for (const [field, attribute] of Object.entries(context.contentType.attributes)) {
      if (attribute.type !== 'uid' || !attribute.targetField || data[field]) continue;
      if (!data[attribute.targetField]) continue;
      data[field] = await strapi
        .plugin('content-manager')
        .service('uid')
        .generateUIDField({ contentTypeUID: context.uid as UID.ContentType, field, data });
    }
    return next();
  };
}
