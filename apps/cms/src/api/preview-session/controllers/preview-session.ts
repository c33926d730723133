import type { PreviewSessionState } from '@masthead/client/preview';
import type { Core } from '@strapi/strapi';
import { createWebsiteTokenCheck } from '../../../preview/website-token';
import { previewSessionsOf } from '../../../preview/preview-sessions';
import { MISSING_SESSION, refusePreview, sessionOfRequest } from '../../../preview/session-of-request';

type Context = Parameters<Core.MiddlewareHandler>[0];

const isWebsite = createWebsiteTokenCheck();

/** The session the website's request names, or `null` once refused: anyone else before the database is asked. */
function sessionOf(ctx: Context) {
  if (!isWebsite(ctx.get('authorization'))) {
    refusePreview(ctx, 'Only the website reads preview sessions.', 403);
    return null;
  }
  ctx.set('Cache-Control', 'no-store');
  const named = sessionOfRequest(ctx);
  if (!named) refusePreview(ctx, `No preview session: ${MISSING_SESSION}.`);
  return named;
}

function answer(ctx: Context, state: PreviewSessionState) {
  if (state.live) ctx.body = { data: { expires: state.expires } };
  else refusePreview(ctx, state.reason);
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** `POST /api/preview-session`: the browser that opened a preview link takes its session. */
  async claim(ctx: Context) {
    const named = sessionOf(ctx);
    if (named) answer(ctx, await previewSessionsOf(strapi).claim(named.session, named.browser));
  },

  /** `GET /api/preview-session`: whether the session still reads drafts for this browser. */
  async check(ctx: Context) {
    const named = sessionOf(ctx);
    if (named) answer(ctx, await previewSessionsOf(strapi).check(named.session, named.browser));
  },

  /** `DELETE /api/preview-session`: the editor left the preview. */
  async revoke(ctx: Context) {
    const named = sessionOf(ctx);
    if (!named) return;
    await previewSessionsOf(strapi).revoke(named.session);
    ctx.status = 204;
  },
});
