import { factories } from '@strapi/strapi';
import { findThroughSubqueries } from '../../../public-api/find-through-subqueries';

const ISSUE = 'api::issue.issue';

export default factories.createCoreService(ISSUE, ({ strapi }) => ({
  /** The core `find` (after the controller's checks), with its volume filter answered from the volume's side. */
  async find(params: object = {}) {
    return findThroughSubqueries(strapi, ISSUE, params, (core) => super.find(core));
  },
}));
