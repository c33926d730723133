import type { Core, UID } from '@strapi/strapi';

type Attribute = { type: string; target?: string; component?: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const LOGICAL = new Set(['$and', '$or', '$not']);

/**
 * The same filters, matching only published rows at every relation hop into a draft-and-publish type.
 *
 * `status=published` makes Strapi return published rows of the type asked for, but a filter through a relation
 * joins whatever rows the link points at — from a type without drafts (a volume, an author) that includes the
 * draft rows of issues and articles, whose unpublished titles a filter could then probe. Walking the filter
 * against the content model covers every relation and component, whichever paths the contract allows.
 */
export function publishedAlongRelations(strapi: Core.Strapi, uid: string, filters: unknown): unknown {
  if (Array.isArray(filters)) return filters.map((item) => publishedAlongRelations(strapi, uid, item));
  if (!isRecord(filters)) return filters;
  const attributes = strapi.getModel(uid as UID.Schema).attributes as Record<string, Attribute>;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filters)) {
    const attribute = attributes[key];
    if (LOGICAL.has(key)) {
      result[key] = publishedAlongRelations(strapi, uid, value);
    } else if (attribute?.type === 'relation' && attribute.target && isRecord(value)) {
      const target = strapi.getModel(attribute.target as UID.Schema);
      const narrowed = publishedAlongRelations(strapi, attribute.target, value) as Record<string, unknown>;
      result[key] = target.options?.draftAndPublish ? { ...narrowed, publishedAt: { $notNull: true } } : narrowed;
    } else if (attribute?.type === 'component' && attribute.component && isRecord(value)) {
      result[key] = publishedAlongRelations(strapi, attribute.component, value);
    } else {
      result[key] = value;
    }
  }
  return result;
}
