import { factories } from '@strapi/strapi';
import { findThroughSubqueries } from '../../../public-api/find-through-subqueries';
import { UID } from '../../../uids';

export default factories.createCoreService(UID.issue, ({ strapi }) => ({
  /** The core `find` (after the controller's checks), with its volume filter answered from the volume's side. */
  async find(params: object = {}) {
    return findThroughSubqueries(strapi, UID.issue, params, (core) => super.find(core));
  },
}));
