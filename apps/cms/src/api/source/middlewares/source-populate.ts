import { createPopulatePolicy } from '../../../populate/populate-policy';

/** Nothing to populate: the articles are a paged list (`/api/articles?filters[citations][source][slug]…`), never embedded whole. */
export default createPopulatePolicy({});
