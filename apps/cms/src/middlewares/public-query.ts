import type { Core } from '@strapi/strapi';
import { checkPublicQuery } from '../public-api/check-public-query';

/** The public query language, enforced before authentication, the response cache or any SQL (src/public-api). */
const publicQuery: Core.MiddlewareFactory = () => async (ctx, next) => {
  checkPublicQuery(ctx);
  await next();
};

export default publicQuery;
