import { bylineFields, figurePopulate, imageFields, sectionFields, volumeFields } from '../../../populate/fragments';
import { createPopulatePolicy } from '../../../populate/populate-policy';

/**
 * An article with everything its page shows: byline (with the portrait and bio of the author box at its end), issue
 * and volume, section, tags, cover and sources.
 */
export const articlePopulate = {
  authors: { fields: [...bylineFields.fields, 'bio'], populate: { avatar: imageFields } },
  issue: { fields: ['number', 'coverDate', 'title'], populate: { volume: volumeFields } },
  section: sectionFields,
  tags: { fields: ['name', 'slug'] },
  cover: figurePopulate,
  citations: { populate: { source: { fields: ['name', 'slug', 'homepageUrl'] } } },
};

export default createPopulatePolicy(articlePopulate);
