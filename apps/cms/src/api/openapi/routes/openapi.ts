/**
 * The public API's own description, open to everyone (no permission to grant): the OpenAPI document and its
 * reference page (src/public-api/reference).
 */
export default {
  routes: [
    { method: 'GET', path: '/openapi.json', handler: 'api::openapi.openapi.document', config: { auth: false } },
    { method: 'GET', path: '/docs', handler: 'api::openapi.openapi.reference', config: { auth: false } },
    { method: 'GET', path: '/docs/:asset', handler: 'api::openapi.openapi.asset', config: { auth: false } },
  ],
};
