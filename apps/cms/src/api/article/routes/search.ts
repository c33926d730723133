/**
 * Full-text search over published articles; see `src/search`. Open to every caller (`auth: false`): it answers
 * published articles only whoever asks, and a *Read-only* API token, which Strapi lets call only `find` and
 * `findOne` actions, must read what anonymous readers read (README, "API tokens").
 */
export default {
  routes: [
    {
      method: 'GET',
      path: '/search',
      handler: 'api::article.article.search',
      config: { auth: false },
    },
  ],
};
