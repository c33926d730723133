import slugify from '@sindresorhus/slugify';
import type { Core, Modules, UID } from '@strapi/strapi';
import { paramsOf, type Context } from './writes';

/** The longest title or name a slug is generated from, whatever its attribute allows. */
const MAX_SLUG_SOURCE_LENGTH = 1000;

type SlugAttribute = { type: 'uid'; targetField: string; options?: Record<string, unknown> };
type Stored = Record<string, unknown> & { publishedAt?: unknown };

/**
 * A document's slug follows its title until readers have seen it, unless someone typed the slug by hand:
 *
 * - a new document without a slug, or with the admin's placeholder (the form fills `article` before the headline is
 *   typed), gets one from its title, so a story never goes live at `/articles/article`;
 * - while a document has never been published, a new title moves a slug that still is the old title's (or the
 *   placeholder), unless the same write sets the slug;
 * - once published, the slug stays (a change then is a deliberate one, and the old URL redirects).
 *
 * Every path gets this (the admin, REST, the importer), so slugs look the same however content arrives; the
 * Content Manager's own generator makes them unique the way the admin's regenerate button does.
 */
export function titleSlugs(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const { data, documentId } = paramsOf(context);
    if ((context.action !== 'create' && context.action !== 'update') || !context.uid.startsWith('api::') || !data) return next();

    for (const [field, attribute] of slugAttributes(context)) {
      const title = data[attribute.targetField];
      if (typeof title !== 'string' || !title.trim() || tooLongToSlugify(context, attribute, title)) continue;
      const placeholder = slugify(context.contentType.modelName, attribute.options);
      let follows: boolean;
      if (context.action === 'create') {
        follows = !data[field] || isSlugOf(data[field], placeholder);
      } else {
        // A document without draft and publish is public from the moment it exists: its slug already stays.
        if (!context.contentType.options?.draftAndPublish) continue;
        const stored = documentId ? await storedDraft(strapi, context, field, attribute.targetField) : null;
        follows =
          stored !== null &&
          !stored.everPublished &&
          stored.title !== title &&
          (data[field] === undefined || data[field] === stored.slug) &&
          (isSlugOf(stored.slug, placeholder) || isSlugOf(stored.slug, slugify(String(stored.title ?? ''), attribute.options)));
        // The new title's slug may be the one it already has (a change of case or punctuation): nothing to do.
        if (follows && isSlugOf(stored!.slug, slugify(title, attribute.options))) follows = false;
      }
      if (!follows) continue;
      data[field] = await strapi
        .plugin('content-manager')
        .service('uid')
        .generateUIDField({ contentTypeUID: context.uid as UID.ContentType, field, data: { [attribute.targetField]: title } });
    }
    return next();
  };
}

function slugAttributes(context: Context): Array<[string, SlugAttribute]> {
  return Object.entries(context.contentType.attributes).filter(
    (entry): entry is [string, SlugAttribute] => entry[1].type === 'uid' && Boolean((entry[1] as { targetField?: string }).targetField),
  );
}

/**
 * A title past its own limit is refused by validation after this: slugifying it first is wasted work, and quadratic
 * (2.4 s for 65,000 characters, blocking every other request), so it is left to that refusal.
 */
function tooLongToSlugify(context: Context, attribute: SlugAttribute, title: string): boolean {
  const limit =
    (context.contentType.attributes as Record<string, { maxLength?: number }>)[attribute.targetField]?.maxLength ?? MAX_SLUG_SOURCE_LENGTH;
  return title.length > Math.min(limit, MAX_SLUG_SOURCE_LENGTH);
}

/** `slug` is `base`, or `base` made unique by the generator (`base-1`, `base-2`, …). */
function isSlugOf(slug: unknown, base: string): boolean {
  if (typeof slug !== 'string' || !base) return false;
  return slug === base || (slug.startsWith(`${base}-`) && /^\d+$/.test(slug.slice(base.length + 1)));
}

/** The stored draft's slug and title, and whether any version of the document was ever published. */
async function storedDraft(strapi: Core.Strapi, context: Context, field: string, titleField: string) {
  const { documentId } = paramsOf(context);
  const versions: Stored[] = await strapi.db.query(context.uid as UID.ContentType).findMany({
    where: { documentId },
    select: [field, titleField, 'publishedAt', ...('firstPublishedAt' in context.contentType.attributes ? ['firstPublishedAt'] : [])],
  });
  const draft = versions.find((version) => !version.publishedAt) ?? versions[0];
  if (!draft) return null;
  return {
    slug: draft[field],
    title: draft[titleField],
    everPublished: versions.some((version) => version.publishedAt || version.firstPublishedAt),
  };
}
