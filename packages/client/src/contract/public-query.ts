/**
 * The public REST API's query language: for each collection, the filters (attribute path, operators, value type),
 * sorts and fields the CMS accepts from readers and other apps. Anything else is refused with a 400 that names the
 * parameter and lists what is allowed (see `validatePublicQuery`). One declaration serves three readers: the CMS,
 * which enforces it before any SQL runs; the OpenAPI document, generated from it; and this client, whose queries
 * are tested against it.
 *
 * Every declared filter is backed by an index or by a short walk from an indexed row (a slug, an issue's number),
 * and relation paths are at most two hops long, so every accepted query has a bounded cost.
 */

export type FilterValueType = 'string' | 'integer' | 'date' | 'datetime';
export type FilterOperator = '$eq' | '$in' | '$lt' | '$lte' | '$gt' | '$gte';

export interface FilterRule {
  type: FilterValueType;
  operators: readonly FilterOperator[];
  description: string;
}

export interface CollectionContract {
  /** `GET /api/<path>` lists, `GET /api/<path>/{documentId}` reads one. */
  path: string;
  /** The Strapi content type behind the path. */
  uid: string;
  /** What one item is, for the OpenAPI document. */
  summary: string;
  /** Attribute paths as dots (`issue.volume.number`); in a query, brackets (`filters[issue][volume][number][$eq]=19`). */
  filters: Record<string, FilterRule>;
  /** Attributes a list may be sorted by, as `attribute:asc` or `attribute:desc`. */
  sorts: readonly string[];
  /** Attributes `fields` may select (relations always come from the type's populate policy). */
  fields: readonly string[];
  /**
   * The largest page: what one answer may cost. An issue carries its whole table of contents, so a page of them is
   * far heavier than a page of anything else.
   */
  maxPageSize: number;
}

/** The most values one `$in` may list. */
export const MAX_IN_VALUES = 100;
/** The most sort keys one request may give. */
export const MAX_SORT_KEYS = 3;
/** The largest page (`pageSize`, or `limit` in the start/limit form) of any collection; each may set less. */
export const MAX_PAGE_SIZE = 100;
/** Strapi's page size when a request names none (config/api.ts), or the collection's largest if that is smaller. */
export const DEFAULT_PAGE_SIZE = 25;
/** The last page and start offset a request may ask for: past any archive, short of numbers databases choke on. */
export const MAX_PAGE = 100_000;
export const MAX_START = 10_000_000;
/**
 * How far past a page's first row a list counts its matches. Within it, `meta.pagination.total` is exact; beyond it,
 * the count stops, `total` is the number of rows it reached (a lower bound) and `totalIsExact` is false. An exact
 * total of a filter that matches most of the archive reads the whole archive; this keeps every count bounded by the
 * page it belongs to. A client that pages on sees the bound grow page by page and exact near the end.
 */
export const COUNT_AHEAD = 1_000;
/** The longest string value a filter compares with (the longest slug or path the CMS stores is 500 characters). */
export const MAX_STRING_VALUE_LENGTH = 500;
/** Integer columns are 32-bit on PostgreSQL. */
export const MAX_INTEGER_VALUE = 2_147_483_647;

const EQUALITY = ['$eq', '$in'] as const satisfies readonly FilterOperator[];
const ORDERED = ['$eq', '$in', '$lt', '$lte', '$gt', '$gte'] as const satisfies readonly FilterOperator[];
const INSTANT = ['$eq', '$lt', '$lte', '$gt', '$gte'] as const satisfies readonly FilterOperator[];

const byDocumentId: Record<string, FilterRule> = {
  documentId: { type: 'string', operators: EQUALITY, description: 'The stable id of a document.' },
};
const bySlug = (what: string): Record<string, FilterRule> => ({
  slug: { type: 'string', operators: EQUALITY, description: `The ${what}'s slug, as in its URL.` },
});
/** For sync jobs: what changed since their last run. */
const byUpdatedAt: Record<string, FilterRule> = {
  updatedAt: { type: 'datetime', operators: INSTANT, description: 'When the document last changed (ISO 8601).' },
};

const ARTICLE_FIELDS = [
  'title',
  'slug',
  'dek',
  'body',
  'position',
  'readingTimeMinutes',
  'firstPublishedAt',
  'publishedAt',
  'updatedAt',
] as const;

export const publicCollections = {
  articles: {
    path: 'articles',
    uid: 'api::article.article',
    summary: 'A published article with its byline, issue, section, tags, cover and cited sources.',
    filters: {
      ...byDocumentId,
      ...bySlug('article'),
      firstPublishedAt: { type: 'datetime', operators: INSTANT, description: 'When the article first went live (ISO 8601).' },
      ...byUpdatedAt,
      'authors.slug': { type: 'string', operators: EQUALITY, description: 'Articles with this author in the byline.' },
      'section.slug': { type: 'string', operators: EQUALITY, description: 'Articles of this section.' },
      'tags.slug': { type: 'string', operators: EQUALITY, description: 'Articles with this tag.' },
      'citations.source.slug': { type: 'string', operators: EQUALITY, description: 'Articles citing this source.' },
      'issue.number': {
        type: 'integer',
        operators: ORDERED,
        description: "Articles of issues with this number (pair it with the issue's volume).",
      },
      'issue.volume.number': { type: 'integer', operators: ORDERED, description: 'Articles of issues of this volume.' },
    },
    sorts: ['firstPublishedAt', 'publishedAt', 'updatedAt', 'title', 'position', 'documentId'],
    fields: ARTICLE_FIELDS,
    maxPageSize: MAX_PAGE_SIZE,
  },
  issues: {
    path: 'issues',
    uid: 'api::issue.issue',
    summary: "A published issue with its volume, cover, editor's note and table of contents.",
    filters: {
      ...byDocumentId,
      number: { type: 'integer', operators: ORDERED, description: 'The issue number within its volume.' },
      'volume.number': { type: 'integer', operators: ORDERED, description: 'The volume number.' },
      coverDate: { type: 'date', operators: INSTANT, description: 'The date printed on the cover (YYYY-MM-DD).' },
      ...byUpdatedAt,
    },
    sorts: ['coverDate', 'number', 'publishedAt', 'updatedAt', 'documentId'],
    fields: ['number', 'coverDate', 'title', 'editorsNote', 'publishedAt', 'updatedAt'],
    maxPageSize: 10,
  },
  volumes: {
    path: 'volumes',
    uid: 'api::volume.volume',
    summary: 'A volume (usually a school or publishing year) with its published issues.',
    filters: {
      ...byDocumentId,
      number: { type: 'integer', operators: ORDERED, description: 'The volume number.' },
      startYear: { type: 'integer', operators: ORDERED, description: 'The year the volume began.' },
      ...byUpdatedAt,
    },
    sorts: ['number', 'startYear', 'updatedAt', 'documentId'],
    fields: ['number', 'startYear', 'endYear', 'title', 'description', 'updatedAt'],
    maxPageSize: MAX_PAGE_SIZE,
  },
  authors: {
    path: 'authors',
    uid: 'api::author.author',
    summary: 'A writer, photographer or editor of the publication.',
    filters: { ...byDocumentId, ...bySlug('author'), ...byUpdatedAt },
    sorts: ['name', 'classYear', 'updatedAt', 'documentId'],
    fields: ['name', 'slug', 'role', 'bio', 'classYear', 'updatedAt'],
    maxPageSize: MAX_PAGE_SIZE,
  },
  sources: {
    path: 'sources',
    uid: 'api::source.source',
    summary: 'An outlet the articles cite.',
    filters: { ...byDocumentId, ...bySlug('source'), ...byUpdatedAt },
    sorts: ['name', 'updatedAt', 'documentId'],
    fields: ['name', 'slug', 'homepageUrl', 'description', 'updatedAt'],
    maxPageSize: MAX_PAGE_SIZE,
  },
  sections: {
    path: 'sections',
    uid: 'api::section.section',
    summary: 'A department of the publication (World, Opinion, Campus…).',
    filters: { ...byDocumentId, ...bySlug('section'), ...byUpdatedAt },
    sorts: ['position', 'name', 'updatedAt', 'documentId'],
    fields: ['name', 'slug', 'description', 'position', 'updatedAt'],
    maxPageSize: MAX_PAGE_SIZE,
  },
  tags: {
    path: 'tags',
    uid: 'api::tag.tag',
    summary: 'A topic that cuts across sections and issues.',
    filters: { ...byDocumentId, ...bySlug('tag'), ...byUpdatedAt },
    sorts: ['name', 'updatedAt', 'documentId'],
    fields: ['name', 'slug', 'updatedAt'],
    maxPageSize: MAX_PAGE_SIZE,
  },
  redirects: {
    path: 'redirects',
    uid: 'api::redirect.redirect',
    summary: 'A permanent redirect of a website path (an article whose slug changed).',
    filters: {
      ...byDocumentId,
      from: { type: 'string', operators: EQUALITY, description: 'The old website path, e.g. /articles/night-buses.' },
      ...byUpdatedAt,
    },
    sorts: ['from', 'updatedAt', 'documentId'],
    fields: ['from', 'to', 'updatedAt'],
    maxPageSize: MAX_PAGE_SIZE,
  },
} as const satisfies Record<string, CollectionContract>;

export type PublicCollection = keyof typeof publicCollections;

/** A single type: one document, read whole at `GET /api/<path>`; no list, no filters. */
export interface SingleContract {
  path: string;
  /** The Strapi content type behind the path. */
  uid: string;
  /** What the document is, for the OpenAPI document. */
  summary: string;
}

export const publicSingles = {
  publication: {
    path: 'publication',
    uid: 'api::publication.publication',
    summary:
      'The publication as its editors describe it: the about text, how to reach them, the school or organisation it belongs to, its icon.',
  },
} as const satisfies Record<string, SingleContract>;

/**
 * The one query parameter a single type takes: `status`, which a preview client sends with every read. Single
 * types have no drafts, so it changes nothing; anything else is refused.
 */
export const SINGLE_PARAMETERS = ['status'] as const;

/** The single type a REST path is for (`/api/publication`), whatever its case, or `undefined`. */
export function singleOfPath(path: string): SingleContract | undefined {
  const match = /^\/api\/([a-z-]+)\/?$/i.exec(path);
  const name = match?.[1].toLowerCase();
  return name && Object.hasOwn(publicSingles, name) ? (publicSingles as Record<string, SingleContract>)[name] : undefined;
}

/** The page size a list of `collection` gets when the request names none. */
export const defaultPageSize = (collection: CollectionContract) => Math.min(DEFAULT_PAGE_SIZE, collection.maxPageSize);

/** Query parameters of a list (`GET /api/<path>`) and of one document (`GET /api/<path>/{documentId}`). */
export const LIST_PARAMETERS = ['filters', 'sort', 'pagination', 'fields', 'populate', 'status'] as const;
export const ONE_PARAMETERS = ['fields', 'populate', 'status'] as const;

/**
 * The collection a REST path is for, or `undefined` for paths outside the contract (search, plugins…). Strapi's
 * router matches paths whatever their case (`/API/Articles` is the articles list), so this does too.
 */
export function collectionOfPath(path: string): { collection: CollectionContract; one: boolean } | undefined {
  const match = /^\/api\/([a-z-]+)(?:\/([^/]+))?\/?$/i.exec(path);
  if (!match) return undefined;
  const name = match[1].toLowerCase();
  const collection = (publicCollections as Record<string, CollectionContract>)[name];
  return collection && Object.hasOwn(publicCollections, name) ? { collection, one: match[2] !== undefined } : undefined;
}
