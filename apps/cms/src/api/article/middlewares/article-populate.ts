import { bylineFields, figurePopulate, imageFields, sectionFields, volumeFields } from '../../../populate/fragments';
import { createPopulatePolicy } from '../../../populate/populate-policy';

/** An article with everything its page shows: byline, issue and volume, section, tags, cover and sources. */
export const articlePopulate = {
  authors: { ...bylineFields, populate: { avatar: imageFields } },
  issue: { fields: ['number', 'coverDate', 'title'], populate: { volume: volumeFields } },
  section: sectionFields,
  tags: { fields: ['name', 'slug'] },
  cover: figurePopulate,
  citations: { populate: { source: { fields: ['name', 'slug', 'homepageUrl'] } } },
};

export default createPopulatePolicy(articlePopulate);
