import { createPopulatedRouter } from '../../../populate/read-router';

export default createPopulatedRouter('api::issue.issue');
