import { figurePopulate } from '../../../populate/fragments';
import { createPopulatePolicy } from '../../../populate/populate-policy';

/** A volume with its issues, oldest first, each with its cover for the archive page. */
export default createPopulatePolicy({
  issues: { sort: ['number:asc'], fields: ['number', 'coverDate', 'title'], populate: { cover: figurePopulate } },
});
