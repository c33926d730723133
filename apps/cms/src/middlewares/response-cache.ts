import type { Core } from '@strapi/strapi';
import { responseCacheOf } from '../response-cache/response-cache';

export const CACHE_HEADER = 'X-Masthead-Cache';

/** What every reader gets alike: anonymous GETs of the REST API. Token holders are checked by Strapi each time. */
function isPublicRead(ctx: { method: string; path: string; get(field: string): string }): boolean {
  return ctx.method === 'GET' && ctx.path.startsWith('/api/') && !ctx.get('authorization');
}

/**
 * Serves repeated public reads from the response cache (see src/response-cache). Runs after the security headers and
 * CORS, which are per request, and before Strapi parses the query: a hit costs one indexed read of the cache's
 * generation and one lookup. Only complete 200 answers are kept; errors, redirects and anything setting a cookie
 * are not.
 */
const responseCache: Core.MiddlewareFactory = (_config, { strapi }) => {
  const { generation, store } = responseCacheOf(strapi);
  return async (ctx, next) => {
    if (!store || !isPublicRead(ctx)) return next();
    // Taken now: route middlewares rewrite the query, and with it ctx.url, on the way in (see published-only.ts).
    const url = ctx.url;
    const version = await generation.current();
    const hit = await store.get(version, url);
    if (hit) {
      ctx.set(CACHE_HEADER, 'HIT');
      ctx.type = hit.type;
      ctx.body = hit.body;
      return;
    }
    ctx.set(CACHE_HEADER, 'MISS');
    await next();
    if (ctx.status !== 200 || ctx.response.get('set-cookie') || ctx.body === null || typeof ctx.body !== 'object') return;
    if (Buffer.isBuffer(ctx.body) || typeof (ctx.body as { pipe?: unknown }).pipe === 'function') return;
    ctx.body = JSON.stringify(ctx.body);
    // Not awaited: the reader need not wait for the store, and a store failure only costs a later miss.
    void store.set(version, url, { type: ctx.response.get('content-type'), body: ctx.body as string });
  };
};

export default responseCache;
