/** Page sizes are capped so no request can ask for the whole archive at once. */
export default {
  rest: {
    defaultLimit: 25,
    maxLimit: 100,
    withCount: true,
  },
};
