import { factories } from '@strapi/strapi';

/** Read-only over REST: redirects are written by the slug-redirects middleware and by editors in the admin. */
export default factories.createCoreRouter('api::redirect.redirect', { only: ['find', 'findOne'] });
