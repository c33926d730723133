import type { Core } from '@strapi/strapi';
import { createWebsiteTokenCheck } from '../preview/website-token';
import { collectionOfPath } from '@masthead/client/contract';
import { isApiPath } from '../public-api/api-path';
import { entityTag, matchesIfNoneMatch, PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL } from '../response-cache/entity-tag';
import { responseCacheOf } from '../response-cache/response-cache';

export const CACHE_HEADER = 'X-Masthead-Cache';

type Context = Parameters<Core.MiddlewareHandler>[0];

/**
 * The reads whose answer is the URL's alone (given who asks): the contract's collections and search. Nothing else
 * under /api is cached or tagged — the website's preview-session check answers per session header, and any route
 * added later must be listed here to be cached, not shut out after it leaked one caller's answer to another.
 */
const isPublicRead = (ctx: Context) =>
  ctx.method === 'GET' &&
  isApiPath(ctx.path) &&
  (collectionOfPath(ctx.path) !== undefined || ctx.path.toLowerCase().replace(/\/+$/, '') === '/api/search');

/**
 * Turns an object answer into the JSON text it will be sent as, once, and says whether it did. Left an object, it is
 * stringified twice: koa-compress asks its length first (koa stringifies an object to count its bytes), then
 * serialises it again to compress it: ≈ 2 ms more for a page of 100 articles (364 kB).
 */
function serialiseJson(ctx: Context): boolean {
  const { body } = ctx;
  if (body === null || typeof body !== 'object' || Buffer.isBuffer(body) || typeof (body as { pipe?: unknown }).pipe === 'function')
    return false;
  ctx.body = JSON.stringify(body);
  return true;
}

/**
 * HTTP caching of the REST API, and the response cache behind it (see src/response-cache). Runs after the security
 * headers and CORS, which are per request, and before Strapi parses the query.
 *
 * Every read starts by reading the cache version (one indexed query), which gives its answer's ETag. A reader (no
 * Authorization, or the website's token not asking for drafts) whose If-None-Match names it gets a 304 at once;
 * otherwise the answer comes from the store or, on a miss, from Strapi, and is kept. Other token holders always go
 * through Strapi — a revoked token must get its 401, not a 304 — and get their 304 after it. Only complete 200
 * answers carry a tag or are kept; errors, redirects and anything setting a cookie are not.
 */
const responseCache: Core.MiddlewareFactory = (_config, { strapi }) => {
  const { generation, store } = responseCacheOf(strapi);
  const isWebsite = createWebsiteTokenCheck();
  return async (ctx, next) => {
    if (!isPublicRead(ctx)) return next();
    // Taken now: route middlewares rewrite the query, and with it ctx.url, on the way in (see published-only.ts).
    const url = ctx.url;
    // The website's token reads what readers read unless it asks for drafts (published-only.ts): one answer for both.
    const header = ctx.get('authorization');
    const reader = !header || (isWebsite(header) && ctx.query.status !== 'draft');
    const authorization = reader ? '' : header;
    const version = await generation.current();
    const tag = entityTag(version, url, authorization);
    ctx.vary('Authorization');

    if (!reader) {
      await next();
      if (ctx.status !== 200) return;
      serialiseJson(ctx);
      ctx.set('ETag', tag);
      ctx.set('Cache-Control', PRIVATE_CACHE_CONTROL);
      if (matchesIfNoneMatch(ctx.get('if-none-match'), tag)) ctx.status = 304;
      return;
    }

    const served = () => {
      ctx.set('ETag', tag);
      ctx.set('Cache-Control', PUBLIC_CACHE_CONTROL);
    };
    if (matchesIfNoneMatch(ctx.get('if-none-match'), tag)) {
      served();
      ctx.status = 304;
      return;
    }
    const hit = await store?.get(version, url);
    if (hit) {
      ctx.set(CACHE_HEADER, 'HIT');
      ctx.type = hit.type;
      ctx.body = hit.body;
      served();
      return;
    }
    if (store) ctx.set(CACHE_HEADER, 'MISS');
    await next();
    if (ctx.status !== 200 || ctx.response.get('set-cookie') || !serialiseJson(ctx)) return;
    served();
    // Not awaited: the reader need not wait for the store, and a store failure only costs a later miss.
    if (store) void store.set(version, url, { type: ctx.response.get('content-type'), body: ctx.body as string });
  };
};

export default responseCache;
