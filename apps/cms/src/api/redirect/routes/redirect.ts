import { createPopulatedRouter } from '../../../populate/read-router';

/** Read-only over REST: redirects are written by the slug-redirects middleware and by editors in the admin. */
export default createPopulatedRouter('api::redirect.redirect', { only: ['find', 'findOne'] });
