import { factories } from '@strapi/strapi';
import { relationFiltersAsSubqueries } from '../../../public-api/relation-subqueries';

const ARTICLE = 'api::article.article';

export default factories.createCoreService(ARTICLE, ({ strapi }) => ({
  /** The core `find` (after the controller's checks), with its author, tag, source, section and issue filters answered from that side. */
  async find(params: { filters?: unknown } = {}) {
    return super.find({ ...params, filters: await relationFiltersAsSubqueries(strapi, ARTICLE, params.filters) });
  },
}));
