import { buildOpenApiDocument } from '@masthead/client/contract';
import { errors } from '@strapi/utils';
import { readReferenceAsset, REFERENCE_PAGE } from '../../../public-api/reference/reference-page';

/** Built once: the document depends only on the contract and the client's schemas, which ship with this build. */
let document: ReturnType<typeof buildOpenApiDocument> | undefined;

export default {
  /** `GET /api/openapi.json`: the same document as the committed docs/openapi.json. */
  document(ctx: { body: unknown }) {
    document ??= buildOpenApiDocument();
    ctx.body = document;
  },

  /** `GET /api/docs`: the reference page, Swagger UI reading /api/openapi.json. */
  reference(ctx: { type: string; body: unknown }) {
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = REFERENCE_PAGE;
  },

  /** `GET /api/docs/:asset`: the page's script and styles (a fixed list; nothing else is read from disk). */
  async asset(ctx: { params: { asset: string }; type: string; body: unknown; set(field: string, value: string): void }) {
    const asset = await readReferenceAsset(ctx.params.asset);
    if (!asset) throw new errors.NotFoundError(`No reference page asset ${ctx.params.asset}`);
    ctx.type = asset.type;
    ctx.set('Cache-Control', 'public, max-age=86400');
    ctx.body = asset.body;
  },
};
