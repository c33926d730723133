import { imageFields } from '../../../populate/fragments';
import { createPopulatePolicy } from '../../../populate/populate-policy';

/** An author with their portrait; their articles are a paged list (`/api/articles?filters[authors][slug]…`). */
export default createPopulatePolicy({ avatar: imageFields });
