import { factories } from '@strapi/strapi';
import { relationFiltersAsSubqueries } from '../../../public-api/relation-subqueries';

const ISSUE = 'api::issue.issue';

export default factories.createCoreService(ISSUE, ({ strapi }) => ({
  /** The core `find` (after the controller's checks), with its volume filter answered from the volume's side. */
  async find(params: { filters?: unknown } = {}) {
    return super.find({ ...params, filters: await relationFiltersAsSubqueries(strapi, ISSUE, params.filters) });
  },
}));
