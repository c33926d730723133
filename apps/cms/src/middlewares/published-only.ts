import type { Core } from '@strapi/strapi';

/**
 * Readers get published content only. Strapi's REST API honours `?status=draft` for anyone allowed to `find`, so
 * for every caller that is not an API token (the public role, users-permissions users) the status is forced back
 * to `published`. API tokens keep `status` for the website's draft preview.
 */
const publishedOnly: Core.MiddlewareFactory = () => async (ctx, next) => {
  const strategy = ctx.state.auth?.strategy?.name;
  if (strategy !== 'api-token') {
    ctx.query = { ...ctx.query, status: 'published' };
  }
  await next();
};

export default publishedOnly;
