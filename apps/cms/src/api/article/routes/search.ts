/** Full-text search over published articles; see `src/search`. Public: the role is granted it in bootstrap. */
export default {
  routes: [
    {
      method: 'GET',
      path: '/search',
      handler: 'api::article.article.search',
      config: {},
    },
  ],
};
