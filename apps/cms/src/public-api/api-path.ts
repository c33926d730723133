/**
 * Whether a request path is the REST API's. Strapi's router matches paths whatever their case (`/API/articles` is
 * the articles list), so every check that decides what the API does — rate limits, caching, the query contract —
 * must not be fooled by a capital letter.
 */
export const isApiPath = (path: string): boolean => path.slice(0, 5).toLowerCase() === '/api/';
