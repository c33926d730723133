import type { Core } from '@strapi/strapi';

/**
 * Builds a route middleware that replaces whatever `populate` a client sent with the type's curated policy.
 *
 * Replacing rather than merging is deliberate: one request returns everything a reader-facing page needs, and no
 * client can ask for `populate=*`, deep chains or relations the policy leaves out (query amplification, and private
 * relations such as `createdBy`).
 */
export function createPopulatePolicy(populate: Record<string, unknown>): Core.MiddlewareFactory {
  return () => async (ctx, next) => {
    ctx.query = { ...ctx.query, populate };
    await next();
  };
}
