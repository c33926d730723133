import type { Core } from '@strapi/strapi';
import { PREVIEW_TOKEN_NAME } from '../preview/website-token';
import { previewSessionsOf } from '../preview/preview-sessions';
import { MISSING_SESSION, refusePreview, sessionOfRequest } from '../preview/session-of-request';
import { publishedAlongRelations } from '../public-api/published-relations';

/**
 * Readers get published content only. Strapi's REST API honours `?status=draft` for anyone allowed to `find`, so
 * the status is forced back to `published` for every caller but one: the website's preview token (managed from
 * MASTHEAD_PREVIEW_TOKEN), which reads drafts for editors' previews when it asks for `status=draft` — and only
 * within a live preview session for the browser it names (src/preview/preview-sessions.ts), else a 401: the token
 * alone reads no draft. Other apps' API tokens read what readers read. Filters through relations match published rows only, too (see
 * published-relations.ts). Configured per route with the content type it serves (`config: { uid }`).
 */
const publishedOnly: Core.MiddlewareFactory<{ uid: string }> =
  (config, { strapi }) =>
  async (ctx, next) => {
    const auth = ctx.state.auth as { strategy?: { name?: string }; credentials?: { name?: string } } | undefined;
    const previewToken = auth?.strategy?.name === 'content-api-token' && auth.credentials?.name === PREVIEW_TOKEN_NAME;
    // The website's other reads carry the same token and must answer exactly as a reader's (the response cache shares
    // them): drafts only when it asks for them.
    if (previewToken && ctx.query.status === 'draft') {
      const named = sessionOfRequest(ctx);
      const state = named
        ? await previewSessionsOf(strapi).check(named.session, named.browser)
        : { live: false as const, reason: MISSING_SESSION };
      if (!state.live) return refusePreview(ctx, `Drafts are read only within a live preview session: ${state.reason}.`);
    } else {
      const { filters } = ctx.query;
      const published = filters === undefined ? {} : { filters: publishedAlongRelations(strapi, config.uid, filters) };
      ctx.query = { ...ctx.query, status: 'published', ...published };
    }
    await next();
  };

export default publishedOnly;
