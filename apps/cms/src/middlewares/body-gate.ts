import type { Core } from '@strapi/strapi';
import { bodyGate } from '../uploads/multipart-gate';

/** Refuses a body before `strapi::body` reads it, when its sender may not send it (src/uploads/multipart-gate.ts). */
const bodyGateMiddleware: Core.MiddlewareFactory =
  (_config, { strapi }) =>
  async (ctx, next) => {
    const decision = await bodyGate(strapi, ctx.request);
    if (!decision.allowed) {
      // The body is never read: close the connection after answering rather than drain up to 200 MB.
      ctx.set('Connection', 'close');
      ctx.status = decision.status;
      ctx.body = {
        data: null,
        error: {
          status: decision.status,
          name: decision.status === 403 ? 'ForbiddenError' : 'PayloadTooLargeError',
          message: decision.message,
          details: {},
        },
      };
      return;
    }
    await next();
  };

export default bodyGateMiddleware;
