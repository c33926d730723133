import type { Core } from '@strapi/strapi';

/**
 * Builds a route middleware that replaces whatever `populate` a client sent with the type's curated policy.
 *
 * Replacing rather than merging is deliberate: one request returns everything a reader-facing page needs, and no
 * client can ask for `populate=*`, deep chains or relations the policy leaves out (private relations such as
 * `createdBy`). A populate so large or deep that it can only be an attempt at query amplification was already
 * refused with a 400 by the public query contract (`POPULATE_LIMITS` in @masthead/client/contract).
 */
export function createPopulatePolicy(populate: Record<string, unknown>): Core.MiddlewareFactory {
  return () => async (ctx, next) => {
    ctx.query = { ...ctx.query, populate };
    await next();
  };
}
