import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { publicController } from '../../../public-api/output-sanitizer';
import { searchArticles } from '../../../search/search-articles';
import { parseSearchQuery, SearchQueryError } from '../../../search/search-query';
import { UID } from '../../../uids';

export default factories.createCoreController(UID.article, ({ strapi }) => ({
  ...publicController(UID.article)({ strapi }),
  /** `GET /api/search?q=…`: published articles only, for every caller (drafts are never searchable). */
  async search(ctx) {
    let query;
    try {
      query = parseSearchQuery(ctx.query);
    } catch (error) {
      // `details.issues` names each refused parameter and what it needs, for clients that show their own words.
      if (error instanceof SearchQueryError)
        throw new errors.ValidationError(error.message, { parameter: error.issues[0]!.parameter, issues: error.issues });
      throw error;
    }
    const { results, pagination, facets, suggestion } = await searchArticles(strapi, query);
    // The same output sanitizer as the core `find`: private fields never leave, whatever the populate. The marked
    // title and excerpt are not attributes, so they are put back after it.
    const data = (await this.sanitizeOutput!(results, ctx)) as Array<Record<string, unknown>>;
    ctx.body = {
      data: data.map((article, at) => ({ ...article, headline: results[at]!.headline, excerpt: results[at]!.excerpt })),
      meta: { pagination, terms: query.terms, facets, suggestion },
    };
  },
}));
