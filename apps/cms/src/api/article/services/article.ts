import { factories } from '@strapi/strapi';
import { findThroughSubqueries } from '../../../public-api/find-through-subqueries';

const ARTICLE = 'api::article.article';

export default factories.createCoreService(ARTICLE, ({ strapi }) => ({
  /** The core `find` (after the controller's checks), with its author, tag, source, section and issue filters answered from that side. */
  async find(params: object = {}) {
    return findThroughSubqueries(strapi, ARTICLE, params, (core) => super.find(core));
  },
}));
