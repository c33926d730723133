import { createPopulatedRouter } from '../../../populate/read-router';

/** Read-only over REST (`GET /api/publication`): editors change the publication's settings in the admin. */
export default createPopulatedRouter('api::publication.publication', { only: ['find'] });
