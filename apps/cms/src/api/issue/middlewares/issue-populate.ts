import { bylineFields, figurePopulate, sectionFields, volumeFields } from '../../../populate/fragments';
import { createPopulatePolicy } from '../../../populate/populate-policy';

/** An issue with its volume, cover and table of contents in editor order. */
export default createPopulatePolicy({
  volume: volumeFields,
  cover: figurePopulate,
  articles: {
    sort: ['position:asc', 'title:asc'],
    fields: ['title', 'slug', 'dek', 'position', 'readingTimeMinutes', 'firstPublishedAt'],
    populate: { authors: bylineFields, section: sectionFields, cover: figurePopulate },
  },
});
