export { createClient } from './client';
export type { ArticleSort, ClientOptions, ListArticlesOptions, MastheadClient, PageOptions, SearchOptions, SearchSort } from './client';
export type { CallOptions, RequestInitExtras } from './http';
export {
  CmsError,
  CmsHttpError,
  CmsNetworkError,
  CmsNotFoundError,
  CmsResponseValidationError,
  CmsTimeoutError,
  CmsValidationError,
} from './errors';
export type { CmsValidationIssue } from './errors';
export { encodeQuery } from './query';
export * from './schemas/article';
export * from './schemas/author';
export * from './schemas/blocks';
export * from './schemas/envelope';
export * from './schemas/issue';
export * from './schemas/media';
export * from './schemas/publication';
export * from './schemas/redirect';
export * from './schemas/refs';
export * from './schemas/search';
export * from './schemas/section';
export * from './schemas/source';
export * from './schemas/tag';
export * from './schemas/volume';
