/**
 * Populate fragments shared by the per-type populate policies, so an image or a byline has the same shape wherever
 * it appears in the API.
 */
export const imageFields = {
  fields: ['url', 'alternativeText', 'width', 'height', 'mime', 'formats'],
};

export const figurePopulate = {
  populate: { image: imageFields },
};

export const bylineFields = {
  fields: ['name', 'slug', 'role'],
};

export const sectionFields = {
  fields: ['name', 'slug'],
};

export const volumeFields = {
  fields: ['number', 'startYear', 'endYear', 'title'],
};
