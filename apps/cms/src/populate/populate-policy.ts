import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/** The most `populate` entries and levels a request may carry before it is refused as query amplification. */
export const POPULATE_LIMITS = { entries: 100, depth: 5 };

/** How many entries a `populate` parameter names, and how deep it nests, whatever its form (string, list, object). */
export function measurePopulate(populate: unknown, level = 1): { entries: number; depth: number } {
  if (typeof populate === 'string') return { entries: populate.split(',').length, depth: level };
  if (typeof populate !== 'object' || populate === null) return { entries: 0, depth: 0 };
  let entries = 0;
  let depth = level;
  for (const [key, value] of Object.entries(populate)) {
    // A list's items and an entry's options (`populate`, `fields`, `filters`…) are the same level; a relation named
    // inside an entry's `populate` is one level deeper.
    const nested = measurePopulate(value, Array.isArray(populate) || key !== 'populate' ? level : level + 1);
    entries += Array.isArray(populate) ? nested.entries : 1 + nested.entries;
    depth = Math.max(depth, nested.depth);
  }
  return { entries, depth };
}

/**
 * Builds a route middleware that replaces whatever `populate` a client sent with the type's curated policy.
 *
 * Replacing rather than merging is deliberate: one request returns everything a reader-facing page needs, and no
 * client can ask for `populate=*`, deep chains or relations the policy leaves out (private relations such as
 * `createdBy`). A populate so large or deep that it can only be an attempt at query amplification is refused
 * outright (400), so it costs nothing and shows up in the logs.
 */
export function createPopulatePolicy(populate: Record<string, unknown>): Core.MiddlewareFactory {
  return () => async (ctx, next) => {
    const asked = measurePopulate(ctx.query.populate);
    if (asked.entries > POPULATE_LIMITS.entries || asked.depth > POPULATE_LIMITS.depth) {
      throw new errors.ValidationError(
        `populate may name at most ${POPULATE_LIMITS.entries} relations, ${POPULATE_LIMITS.depth} levels deep; ` +
          'each type returns its curated relations whatever populate asks for',
      );
    }
    ctx.query = { ...ctx.query, populate };
    await next();
  };
}
