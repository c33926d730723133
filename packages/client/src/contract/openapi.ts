import { z } from 'zod';
import { articleSchema } from '../schemas/article';
import { blocksSchema, listNodeSchema } from '../schemas/blocks';
import { figureSchema, imageSchema } from '../schemas/media';
import { authorSchema } from '../schemas/author';
import { paginationSchema } from '../schemas/envelope';
import { issueSchema } from '../schemas/issue';
import { publicationSchema } from '../schemas/publication';
import { redirectSchema } from '../schemas/redirect';
import { searchResponseSchema } from '../schemas/search';
import { sectionSchema } from '../schemas/section';
import { sourceSchema } from '../schemas/source';
import { tagSchema } from '../schemas/tag';
import { volumeSchema } from '../schemas/volume';
import {
  COUNT_AHEAD,
  defaultPageSize,
  MAX_IN_VALUES,
  MAX_PAGE,
  MAX_SORT_KEYS,
  MAX_START,
  MAX_STRING_VALUE_LENGTH,
  publicCollections,
  publicSingles,
  type CollectionContract,
  type SingleContract,
  type FilterOperator,
  type FilterRule,
  type PublicCollection,
} from './public-query';
import { POPULATE_LIMITS } from './validate-query';

/**
 * The OpenAPI 3.1 document of the public read API, generated from the two halves it describes: the query contract
 * (`publicCollections`) for parameters, and the zod schemas the client validates answers with for responses. The
 * CMS serves it at /api/openapi.json; `docs/openapi.json` is the committed copy (a test keeps them equal).
 */

/** One item of each collection as the API returns it. A list of articles omits the body when `fields` leaves it out. */
const ITEM_SCHEMAS: Record<PublicCollection, z.ZodObject> = {
  articles: articleSchema.partial({ body: true }),
  issues: issueSchema,
  volumes: volumeSchema,
  authors: authorSchema,
  sources: sourceSchema,
  sections: sectionSchema,
  tags: tagSchema,
  redirects: redirectSchema,
};

const OPERATOR_WORDS: Record<FilterOperator, string> = {
  $eq: 'equals the value',
  $in: 'is one of the values',
  $lt: 'is before (less than) the value',
  $lte: 'is at most the value',
  $gt: 'is after (greater than) the value',
  $gte: 'is at least the value',
};

type JsonSchema = Record<string, unknown>;
type Parameter = {
  name: string;
  in: 'query' | 'path' | 'header';
  required?: boolean;
  description: string;
  schema: JsonSchema;
  style?: string;
  explode?: boolean;
};

const componentName = (collection: string) => `${collection[0].toUpperCase()}${collection.slice(1, -1)}`;
/** The component for an item read with `fields`: only the attributes asked for, and the documentId. */
const selectionName = (collection: string) => `${componentName(collection)}Fields`;

/** An item as a list or a lookup returns it: whole by default, only the selected attributes with `fields`. */
const itemRef = (collection: string) => ({ anyOf: [ref(componentName(collection)), ref(selectionName(collection))] });

/**
 * `meta.pagination` in either form the request used: page and pageSize, or start and limit; `pageCount`, `total`
 * and `totalIsExact` are left out with `withCount=false`. (The client's own `paginationSchema` is the page form it
 * asks for.)
 */
const listPagination: JsonSchema = {
  type: 'object',
  properties: {
    ...Object.fromEntries(
      ['page', 'pageSize', 'pageCount', 'total', 'start', 'limit'].map((key) => [key, { type: 'integer', minimum: 0 }]),
    ),
    totalIsExact: {
      type: 'boolean',
      description: `False when the count stopped ${COUNT_AHEAD.toLocaleString('en')} rows past the page's first row: \`total\` and \`pageCount\` are then lower bounds, and a later page counts further.`,
    },
  },
  anyOf: [{ required: ['page', 'pageSize'] }, { required: ['start', 'limit'] }],
};
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function valueSchema(rule: FilterRule): JsonSchema {
  switch (rule.type) {
    case 'string':
      return { type: 'string', maxLength: MAX_STRING_VALUE_LENGTH };
    case 'integer':
      return { type: 'integer', minimum: -2_147_483_647, maximum: 2_147_483_647 };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'datetime':
      return { type: 'string', format: 'date-time' };
  }
}

/** The query-string name of a filter: `issue.volume.number` + `$eq` → `filters[issue][volume][number][$eq]`. */
export function filterParameterName(path: string, operator: FilterOperator): string {
  const name = `filters${path
    .split('.')
    .map((key) => `[${key}]`)
    .join('')}[${operator}]`;
  return operator === '$in' ? `${name}[]` : name;
}

function filterParameters(collection: CollectionContract): Parameter[] {
  return Object.entries(collection.filters).flatMap(([path, rule]) =>
    rule.operators.map((operator): Parameter => {
      const description = `${rule.description} Matches when ${path} ${OPERATOR_WORDS[operator]}.`;
      return operator === '$in'
        ? {
            name: filterParameterName(path, operator),
            in: 'query',
            description: `${description} Up to ${MAX_IN_VALUES} values.`,
            style: 'form',
            explode: true,
            schema: { type: 'array', items: valueSchema(rule), minItems: 1, maxItems: MAX_IN_VALUES },
          }
        : { name: filterParameterName(path, operator), in: 'query', description, schema: valueSchema(rule) };
    }),
  );
}

const statusParameter: Parameter = {
  name: 'status',
  in: 'query',
  description:
    "published (the default) for everyone; draft reads drafts only with the website's token, and is published content for every other caller.",
  schema: { type: 'string', enum: ['published', 'draft'] },
};

const populateParameter: Parameter = {
  name: 'populate',
  in: 'query',
  description: `Accepted and ignored: each collection returns its curated relations. More than ${POPULATE_LIMITS.entries} entries or ${POPULATE_LIMITS.depth} levels is refused.`,
  schema: { type: 'string' },
};

function fieldsParameter(collection: CollectionContract): Parameter {
  return {
    name: 'fields',
    in: 'query',
    description: 'The attributes to return, comma-separated (documentId and the curated relations always come).',
    style: 'form',
    explode: false,
    schema: { type: 'array', items: { type: 'string', enum: [...collection.fields] }, minItems: 1 },
  };
}

function listParameters(collection: CollectionContract): Parameter[] {
  const sorts = collection.sorts.flatMap((attribute) => [`${attribute}:asc`, `${attribute}:desc`]);
  return [
    ...filterParameters(collection),
    {
      name: 'sort',
      in: 'query',
      description: `Up to ${MAX_SORT_KEYS} keys, comma-separated; the first decides most.`,
      style: 'form',
      explode: false,
      schema: { type: 'array', items: { type: 'string', enum: sorts }, minItems: 1, maxItems: MAX_SORT_KEYS },
    },
    {
      name: 'pagination[page]',
      in: 'query',
      description: 'The page, 1 first (with pageSize; not with start/limit).',
      schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1 },
    },
    {
      name: 'pagination[pageSize]',
      in: 'query',
      description: 'Items per page.',
      schema: { type: 'integer', minimum: 1, maximum: collection.maxPageSize, default: defaultPageSize(collection) },
    },
    {
      name: 'pagination[start]',
      in: 'query',
      description: 'How many items to skip (with limit; not with page/pageSize).',
      schema: { type: 'integer', minimum: 0, maximum: MAX_START },
    },
    {
      name: 'pagination[limit]',
      in: 'query',
      description: 'Items to return from start.',
      schema: { type: 'integer', minimum: 1, maximum: collection.maxPageSize, default: defaultPageSize(collection) },
    },
    {
      name: 'pagination[withCount]',
      in: 'query',
      description: 'false skips counting the total (meta.pagination then has no total).',
      schema: { type: 'boolean', default: true },
    },
    fieldsParameter(collection),
    populateParameter,
    statusParameter,
  ];
}

const cachingHeaders = {
  ETag: { description: 'Changes with any committed change to content; send it back as If-None-Match.', schema: { type: 'string' } },
  'Cache-Control': {
    description: 'public, max-age=0, must-revalidate for readers; private, no-cache with a token.',
    schema: { type: 'string' },
  },
};

const rateLimitHeaders = {
  'RateLimit-Limit': { description: 'Requests allowed per window.', schema: { type: 'integer' } },
  'RateLimit-Remaining': { description: 'Requests left in this window.', schema: { type: 'integer' } },
  'RateLimit-Reset': { description: 'Seconds until the window starts over.', schema: { type: 'integer' } },
  'RateLimit-Policy': { description: 'The budget and its window, e.g. 600;w=60.', schema: { type: 'string' } },
};

const ifNoneMatch: Parameter = {
  name: 'If-None-Match',
  in: 'header',
  description: 'An ETag from an earlier answer: 304 while it is current.',
  schema: { type: 'string' },
};

const errorResponses = {
  '400': {
    description: 'A parameter outside the contract: error.details names it and lists what is allowed.',
    content: { 'application/json': { schema: ref('Error') } },
  },
  '429': {
    description: 'Over the rate limit; Retry-After says when to come back.',
    headers: { 'Retry-After': { schema: { type: 'integer' } }, ...rateLimitHeaders },
    content: { 'application/json': { schema: ref('Error') } },
  },
};

function ok(description: string, schema: JsonSchema) {
  return {
    '200': { description, headers: { ...cachingHeaders, ...rateLimitHeaders }, content: { 'application/json': { schema } } },
    '304': { description: 'Not modified: the If-None-Match tag is still current.', headers: cachingHeaders },
  };
}

function collectionPaths(collection: CollectionContract) {
  const item = componentName(collection.path);
  return {
    [`/api/${collection.path}`]: {
      get: {
        operationId: `list${item}s`,
        tags: [collection.path],
        summary: `List ${collection.path}`,
        description: `${collection.summary} Published content only.`,
        parameters: [...listParameters(collection), ifNoneMatch],
        responses: {
          ...ok(`A page of ${collection.path}.`, {
            type: 'object',
            required: ['data', 'meta'],
            properties: {
              data: { type: 'array', items: itemRef(collection.path) },
              meta: { type: 'object', properties: { pagination: ref('ListPagination') } },
            },
          }),
          ...errorResponses,
        },
      },
    },
    [`/api/${collection.path}/{documentId}`]: {
      get: {
        operationId: `get${item}`,
        tags: [collection.path],
        summary: `One ${collection.path.slice(0, -1)} by documentId`,
        parameters: [
          { name: 'documentId', in: 'path', required: true, description: 'The stable id of the document.', schema: { type: 'string' } },
          fieldsParameter(collection),
          populateParameter,
          statusParameter,
          ifNoneMatch,
        ],
        responses: {
          ...ok(`The ${collection.path.slice(0, -1)}.`, {
            type: 'object',
            required: ['data'],
            properties: { data: itemRef(collection.path), meta: { type: 'object' } },
          }),
          '404': { description: 'No published document with that id.', content: { 'application/json': { schema: ref('Error') } } },
          ...errorResponses,
        },
      },
    },
  };
}

/** One document of a single type, whole: `GET /api/publication`. */
const SINGLE_SCHEMAS: Record<keyof typeof publicSingles, z.ZodObject> = {
  publication: publicationSchema,
};

const singleName = (path: string) => `${path[0].toUpperCase()}${path.slice(1)}`;

function singlePaths(single: SingleContract) {
  return {
    [`/api/${single.path}`]: {
      get: {
        operationId: `get${singleName(single.path)}`,
        tags: [single.path],
        summary: `The ${single.path}`,
        description: `${single.summary} Always there (its fields are null until set); it takes no parameters but status.`,
        parameters: [{ ...statusParameter, description: 'Accepted and ignored: a single type has no drafts.' }, ifNoneMatch],
        responses: {
          ...ok(`The ${single.path}.`, {
            type: 'object',
            required: ['data'],
            properties: { data: ref(singleName(single.path)), meta: { type: 'object' } },
          }),
          ...errorResponses,
        },
      },
    },
  };
}

/** What `GET /api/search` takes for a section or an author (the CMS's search parser checks the same). */
const SLUG_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

const searchPath = {
  '/api/search': {
    get: {
      operationId: 'searchArticles',
      tags: ['articles'],
      summary: 'Search published articles',
      description:
        'Published articles matching a query in the title, dek, body, byline, section or tags, through the database\'s full-text engine: words match by their stem, case and accents aside; "quoted phrases" match whole; `or` offers alternatives; `-word` or `-"a phrase"` leaves out. Each result carries its title and best passage as text parts marked where they matched (never HTML); `meta.facets` counts all matches by section, author, volume and year, each counted with the other narrowings but not its own. When nothing matched, `meta.suggestion` offers the query with each word no article holds replaced by the closest indexed spelling, if that finds something.',
      parameters: [
        {
          name: 'q',
          in: 'query',
          required: true,
          description: 'The query, 1–200 characters: at least one word to find; at most 32 words.',
          schema: { type: 'string', minLength: 1, maxLength: 200 },
        },
        { name: 'section', in: 'query', description: 'A section slug.', schema: { type: 'string', pattern: SLUG_PATTERN } },
        { name: 'author', in: 'query', description: 'An author slug.', schema: { type: 'string', pattern: SLUG_PATTERN } },
        { name: 'volume', in: 'query', description: 'A volume number.', schema: { type: 'integer', minimum: 1, maximum: 9999 } },
        {
          name: 'year',
          in: 'query',
          description: 'The year (UTC) the article was first published.',
          schema: { type: 'integer', minimum: 1800, maximum: 9999 },
        },
        {
          name: 'page',
          in: 'query',
          description: 'The page, 1 first.',
          schema: { type: 'integer', minimum: 1, maximum: 1000, default: 1 },
        },
        {
          name: 'pageSize',
          in: 'query',
          description: 'Results per page.',
          schema: { type: 'integer', minimum: 1, maximum: 50, default: 10 },
        },
        {
          name: 'sort',
          in: 'query',
          description:
            'relevance: the full-text rank (title above byline, dek and topics above body), lifted a little for recent articles; newest: by date alone.',
          schema: { type: 'string', enum: ['relevance', 'newest'], default: 'relevance' },
        },
        { ...statusParameter, description: 'Accepted and ignored: search finds published articles only, for every caller.' },
        ifNoneMatch,
      ],
      responses: {
        ...ok('A page of results, the words searched for, the facets and a suggested spelling.', ref('SearchPage')),
        ...errorResponses,
      },
    },
  },
};

const documentPath = {
  '/api/openapi.json': {
    get: {
      operationId: 'getOpenApiDocument',
      tags: ['contract'],
      summary: 'This document',
      responses: ok('The OpenAPI document of the public read API.', { type: 'object' }),
    },
  },
};

/**
 * The zod schemas as JSON Schema 2020-12, the dialect of OpenAPI 3.1, converted in one pass so that the shapes
 * several types share (blocks, images, figures) are one component each, referenced where they are used. Input
 * shapes: an answer may carry attributes the client does not read (`id`, `createdAt`), which zod strips.
 */
function componentSchemas(named: Record<string, z.ZodType>): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(named)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, JsonSchema> };
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _dialect, $id: _id, ...schema }]) => [id, schema]));
}

/**
 * @example const document = buildOpenApiDocument(); // { openapi: '3.1.0', paths: { '/api/articles': … } }
 */
export function buildOpenApiDocument() {
  const schemas: Record<string, JsonSchema> = componentSchemas({
    ...Object.fromEntries(Object.entries(ITEM_SCHEMAS).map(([collection, schema]) => [componentName(collection), schema])),
    ...Object.fromEntries(
      Object.entries(ITEM_SCHEMAS).map(([collection, schema]) => [
        selectionName(collection),
        schema.partial().required({ documentId: true }),
      ]),
    ),
    ...Object.fromEntries(Object.entries(SINGLE_SCHEMAS).map(([path, schema]) => [singleName(path), schema])),
    Pagination: paginationSchema,
    SearchPage: searchResponseSchema,
    Blocks: blocksSchema,
    ListNode: listNodeSchema,
    Image: imageSchema,
    Figure: figureSchema,
  });
  schemas.ListPagination = listPagination;
  schemas.Error = {
    type: 'object',
    required: ['data', 'error'],
    properties: {
      data: { type: 'null' },
      error: {
        type: 'object',
        required: ['status', 'name', 'message'],
        properties: {
          status: { type: 'integer' },
          name: { type: 'string' },
          message: { type: 'string' },
          details: {
            type: 'object',
            properties: {
              parameter: { type: 'string' },
              allowed: { type: 'array', items: { type: 'string' } },
              /** A search names every refused parameter (GET /api/search). */
              issues: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['parameter', 'message'],
                  properties: { parameter: { type: 'string' }, message: { type: 'string' } },
                },
              },
            },
          },
        },
      },
    },
  };
  const collections = Object.values(publicCollections) as CollectionContract[];
  const singles = Object.values(publicSingles) as SingleContract[];
  return {
    openapi: '3.1.0',
    info: {
      title: 'Masthead public REST API',
      version: '1',
      description:
        'Read-only access to what a publication has published: volumes, issues, articles, authors, sources, sections, tags and redirects, and the publication itself. ' +
        'Every parameter is listed here; anything else is a 400 that names the parameter and what is allowed. Answers carry ETags and are rate limited per client.',
    },
    servers: [{ url: '/', description: 'The CMS serving this document' }],
    tags: [
      ...collections.map((collection) => ({ name: collection.path, description: collection.summary })),
      ...singles.map((single) => ({ name: single.path, description: single.summary })),
      { name: 'contract', description: 'This document.' },
    ],
    paths: {
      ...Object.assign({}, ...collections.map(collectionPaths)),
      ...Object.assign({}, ...singles.map(singlePaths)),
      ...searchPath,
      ...documentPath,
    },
    components: { schemas },
  };
}
