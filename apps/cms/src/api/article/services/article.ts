import { factories } from '@strapi/strapi';
import { findThroughSubqueries } from '../../../public-api/find-through-subqueries';
import { UID } from '../../../uids';

export default factories.createCoreService(UID.article, ({ strapi }) => ({
  /** The core `find` (after the controller's checks), with its author, tag, source, section and issue filters answered from that side. */
  async find(params: object = {}) {
    return findThroughSubqueries(strapi, UID.article, params, (core) => super.find(core));
  },
}));
