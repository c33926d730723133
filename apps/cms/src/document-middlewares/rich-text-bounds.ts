import type { Core, Modules, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { richTextProblem } from '../content/rich-text-bounds';
import { paramsOf, sendsData } from './writes';

/**
 * Refuses a create or update whose rich text is out of bounds (`content/rich-text-bounds.ts`) with a 400 that
 * names the field and the limit, before any other middleware or Strapi's own validation walks the tree — a body
 * nested 3,000 deep was a 500. Every blocks attribute of every type is checked, on every write path: the admin,
 * API tokens, the importer and the scheduler all write through the document service.
 */
export function richTextBounds(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const { data } = paramsOf(context);
    if (!sendsData(context) || !data) return next();
    const attributes = strapi.getModel(context.uid as UID.Schema)?.attributes ?? {};
    for (const [field, attribute] of Object.entries(attributes)) {
      if ((attribute as { type: string }).type !== 'blocks' || !(field in data)) continue;
      const problem = richTextProblem(field, data[field]);
      if (problem) throw new errors.ValidationError(problem.message, { path: [field], ...(problem.limit ? { limit: problem.limit } : {}) });
    }
    return next();
  };
}
