import { imageFields } from '../../../populate/fragments';
import { createPopulatePolicy } from '../../../populate/populate-policy';

/** The icon with its renditions: the website makes its favicon and touch icon from it. */
export default createPopulatePolicy({ icon: imageFields });
