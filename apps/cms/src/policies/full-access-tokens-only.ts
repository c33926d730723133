import type { Core } from '@strapi/strapi';

/** What the content API's authentication leaves on the request (Strapi's policy context type omits Koa's state). */
interface AuthState {
  state: { auth?: { strategy?: { name?: string }; credentials?: { type?: string } } };
}

/**
 * Lets an API token through only when it is full-access (see api-tokens/plugin-routes.ts). Requests without a token
 * pass: the public role's permissions decide for them. A refusal is Strapi's 403 PolicyError.
 */
const fullAccessTokensOnly: Core.PolicyHandler = (policyContext) => {
  const { auth } = (policyContext as Core.PolicyContext & AuthState).state;
  return auth?.strategy?.name !== 'content-api-token' || auth.credentials?.type === 'full-access';
};

export default fullAccessTokensOnly;
