import { createPopulatePolicy } from '../../../populate/populate-policy';

/** A redirect is two paths: nothing to populate, and a `populate` asked for is ignored as on every other type. */
export default createPopulatePolicy({});
