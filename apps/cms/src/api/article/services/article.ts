import { factories } from '@strapi/strapi';
import { narrowRelationFilters } from '../relation-filters';

export default factories.createCoreService('api::article.article', ({ strapi }) => ({
  /** The core `find` (after the controller's checks), with an author's, tag's or source's filter answered from that side first. */
  async find(params: { filters?: unknown } = {}) {
    return super.find({ ...params, filters: await narrowRelationFilters(strapi, params.filters) });
  },
}));
