import type { Core } from '@strapi/strapi';

/**
 * One `T` per Strapi instance, made on first use: the state a feature keeps for the life of a CMS process (caches,
 * rate limits, preview sessions). Keyed by instance because tests boot several in one process. `forget` drops an
 * instance's `T` (after closing it) so a restart makes a new one.
 */
export function perInstance<T>(create: (strapi: Core.Strapi) => T) {
  const instances = new WeakMap<Core.Strapi, T>();
  return {
    of(strapi: Core.Strapi): T {
      let value = instances.get(strapi);
      if (value === undefined) {
        value = create(strapi);
        instances.set(strapi, value);
      }
      return value;
    },
    existing: (strapi: Core.Strapi): T | undefined => instances.get(strapi),
    forget: (strapi: Core.Strapi) => instances.delete(strapi),
  };
}
