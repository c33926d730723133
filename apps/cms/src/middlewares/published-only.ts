import type { Core } from '@strapi/strapi';
import { PREVIEW_TOKEN_NAME } from '../bootstrap/preview-token';

/**
 * Readers get published content only. Strapi's REST API honours `?status=draft` for anyone allowed to `find`, so
 * the status is forced back to `published` for every caller but one: the website's preview token (managed from
 * MASTHEAD_PREVIEW_TOKEN), which reads drafts for editors' previews. Other apps' API tokens read what readers read.
 */
const publishedOnly: Core.MiddlewareFactory = () => async (ctx, next) => {
  const auth = ctx.state.auth as { strategy?: { name?: string }; credentials?: { name?: string } } | undefined;
  const previewToken = auth?.strategy?.name === 'content-api-token' && auth.credentials?.name === PREVIEW_TOKEN_NAME;
  if (!previewToken) {
    ctx.query = { ...ctx.query, status: 'published' };
  }
  await next();
};

export default publishedOnly;
