import {
  LIST_PARAMETERS,
  MAX_IN_VALUES,
  MAX_INTEGER_VALUE,
  MAX_PAGE,
  MAX_SORT_KEYS,
  MAX_START,
  MAX_STRING_VALUE_LENGTH,
  ONE_PARAMETERS,
  SINGLE_PARAMETERS,
  defaultPageSize,
  DEFAULT_PAGE_SIZE,
  type CollectionContract,
  type FilterRule,
  type SingleContract,
} from './public-query';

/** A query outside the public contract: which parameter, why, and what would have been accepted there. */
export class PublicQueryError extends Error {
  constructor(
    /** The parameter as it appears in the query string, e.g. `filters[issue][title][$eq]`. */
    readonly parameter: string,
    message: string,
    /** What the API accepts at that place. */
    readonly allowed: readonly string[],
  ) {
    super(message);
    this.name = 'PublicQueryError';
  }
}

/** The most `populate` entries and levels a request may carry; each type returns its curated relations anyway. */
export const POPULATE_LIMITS = { entries: 100, depth: 5 };

/** How many entries a `populate` parameter names, and how deep it nests, whatever its form (string, list, object). */
export function measurePopulate(populate: unknown, level = 1): { entries: number; depth: number } {
  if (typeof populate === 'string') return { entries: populate.split(',').length, depth: level };
  if (typeof populate !== 'object' || populate === null) return { entries: 0, depth: 0 };
  let entries = 0;
  let depth = level;
  for (const [key, value] of Object.entries(populate)) {
    // A list's items and an entry's options (`populate`, `fields`, `filters`…) are the same level; a relation named
    // inside an entry's `populate` is one level deeper.
    const nested = measurePopulate(value, Array.isArray(populate) || key !== 'populate' ? level : level + 1);
    entries += Array.isArray(populate) ? nested.entries : 1 + nested.entries;
    depth = Math.max(depth, nested.depth);
  }
  return { entries, depth };
}

const LOGICAL_OPERATORS = new Set(['$and', '$or', '$not']);
const INTEGER = /^-?\d{1,10}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const bracketed = (root: string, path: readonly string[]) => `${root}${path.map((key) => `[${key}]`).join('')}`;

function describeFilters(collection: CollectionContract): string[] {
  return Object.entries(collection.filters).map(([path, rule]) => `${path} (${rule.operators.join(' ')})`);
}

/** Why `raw` is not a value of `rule`'s type, or `undefined` when it is one. */
function valueProblem(rule: FilterRule, raw: unknown): string | undefined {
  if (typeof raw !== 'string') return raw === null || raw === undefined ? 'needs a value' : 'must be one value';
  switch (rule.type) {
    case 'string':
      return raw.length > MAX_STRING_VALUE_LENGTH ? `must be at most ${MAX_STRING_VALUE_LENGTH} characters` : undefined;
    case 'integer':
      return INTEGER.test(raw) && Math.abs(Number(raw)) <= MAX_INTEGER_VALUE ? undefined : 'must be a whole number';
    case 'date': {
      const parts = DATE.exec(raw);
      return parts && isCalendarDate(parts) ? undefined : 'must be a date, YYYY-MM-DD';
    }
    case 'datetime': {
      const parts = DATE_TIME.exec(raw);
      return parts && isCalendarDate(parts) && !Number.isNaN(Date.parse(raw))
        ? undefined
        : 'must be an ISO 8601 date or date and time, e.g. 2025-01-06T07:00:00Z';
    }
  }
}

function isCalendarDate([, year, month, day]: RegExpExecArray): boolean {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return Number(year) >= 1000 && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
}

function checkCondition(collection: CollectionContract, path: string[], operator: string, value: unknown): void {
  const parameter = bracketed('filters', [...path, operator]);
  const attribute = path.join('.');
  const rule = collection.filters[attribute];
  if (!rule) {
    if (path.length === 0 && LOGICAL_OPERATORS.has(operator)) {
      throw new PublicQueryError(
        parameter,
        `${parameter}: ${operator} is not part of the public API. Conditions given together all apply; $in matches any of several values.`,
        describeFilters(collection),
      );
    }
    throw new PublicQueryError(
      parameter,
      `${parameter}: ${attribute || 'filters'} is not a filter of ${collection.path}.`,
      describeFilters(collection),
    );
  }
  if (!(rule.operators as readonly string[]).includes(operator)) {
    throw new PublicQueryError(parameter, `${parameter}: ${attribute} takes ${rule.operators.join(', ')}.`, [...rule.operators]);
  }
  if (operator === '$in') {
    if (!Array.isArray(value) || value.length === 0 || value.length > MAX_IN_VALUES) {
      throw new PublicQueryError(parameter, `${parameter} must list 1 to ${MAX_IN_VALUES} values: ${parameter}[0]=…&${parameter}[1]=…`, [
        `${parameter}[0]`,
      ]);
    }
    value.forEach((item, index) => {
      const problem = valueProblem(rule, item);
      if (problem) throw new PublicQueryError(`${parameter}[${index}]`, `${parameter}[${index}] ${problem}.`, [rule.type]);
    });
    return;
  }
  const problem = valueProblem(rule, value);
  if (problem) {
    const hint =
      Array.isArray(value) && rule.operators.includes('$in')
        ? `; for any of several values use ${bracketed('filters', [...path, '$in'])}`
        : '';
    throw new PublicQueryError(parameter, `${parameter} ${problem}${hint}.`, [rule.type]);
  }
}

function checkFilterNode(collection: CollectionContract, node: Record<string, unknown>, path: string[]): void {
  for (const [key, child] of Object.entries(node)) {
    if (key.startsWith('$')) {
      checkCondition(collection, path, key, child);
      continue;
    }
    const next = [...path, key];
    const prefix = next.join('.');
    const parameter = bracketed('filters', next);
    const declared = Object.keys(collection.filters);
    if (!declared.some((filter) => filter === prefix || filter.startsWith(`${prefix}.`))) {
      throw new PublicQueryError(parameter, `${parameter}: ${prefix} is not a filter of ${collection.path}.`, describeFilters(collection));
    }
    if (!isRecord(child)) {
      const operators = collection.filters[prefix]?.operators ?? ['$eq'];
      throw new PublicQueryError(parameter, `${parameter} needs an operator, e.g. ${parameter}[${operators[0]}]=…`, [...operators]);
    }
    checkFilterNode(collection, child, next);
  }
}

function checkSort(collection: CollectionContract, value: unknown): void {
  const allowed = collection.sorts.flatMap((attribute) => [`${attribute}:asc`, `${attribute}:desc`]);
  const items = typeof value === 'string' ? [value] : Array.isArray(value) ? value : undefined;
  if (!items || items.some((item) => typeof item !== 'string')) {
    throw new PublicQueryError('sort', 'sort must be attribute:direction, or a list of them: sort[0]=…&sort[1]=…', allowed);
  }
  const keys = (items as string[]).flatMap((item) => item.split(','));
  if (keys.length > MAX_SORT_KEYS) throw new PublicQueryError('sort', `sort takes at most ${MAX_SORT_KEYS} keys.`, allowed);
  for (const key of keys) {
    const [attribute, direction = 'asc', ...rest] = key.trim().split(':');
    if (!(collection.sorts as readonly string[]).includes(attribute) || !/^(asc|desc)$/i.test(direction) || rest.length > 0) {
      throw new PublicQueryError('sort', `sort: ${key} is not a sort of ${collection.path}.`, allowed);
    }
  }
}

const paginationForms = (maxPageSize: number): Array<Record<string, readonly [number, number]>> => [
  { page: [1, MAX_PAGE], pageSize: [1, maxPageSize] },
  { start: [0, MAX_START], limit: [1, maxPageSize] },
];

function checkPagination(collection: CollectionContract, value: unknown): void {
  const allowed = ['page', 'pageSize', 'withCount', 'or start, limit, withCount'];
  if (!isRecord(value)) throw new PublicQueryError('pagination', 'pagination must be pagination[page]=…&pagination[pageSize]=…', allowed);
  const keys = Object.keys(value).filter((key) => key !== 'withCount');
  const form = paginationForms(collection.maxPageSize).find((candidate) => keys.every((key) => Object.hasOwn(candidate, key)));
  if (!form) {
    throw new PublicQueryError(
      `pagination[${keys.join('][')}]`,
      'pagination takes page and pageSize, or start and limit (not both), and withCount.',
      allowed,
    );
  }
  for (const key of keys) {
    const [min, max] = form[key];
    const raw = value[key];
    if (typeof raw !== 'string' || !/^\d{1,9}$/.test(raw) || Number(raw) < min || Number(raw) > max) {
      throw new PublicQueryError(`pagination[${key}]`, `pagination[${key}] must be a whole number from ${min} to ${max}.`, [
        `${min}–${max}`,
      ]);
    }
  }
  if ('withCount' in value && value.withCount !== 'true' && value.withCount !== 'false') {
    throw new PublicQueryError('pagination[withCount]', 'pagination[withCount] must be true or false.', ['true', 'false']);
  }
}

function checkFields(collection: CollectionContract, value: unknown): void {
  const items = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : undefined;
  if (
    !items ||
    items.length === 0 ||
    items.some((item) => typeof item !== 'string' || !(collection.fields as readonly string[]).includes(item.trim()))
  ) {
    throw new PublicQueryError('fields', `fields must list attributes of ${collection.path}: fields[0]=…&fields[1]=…`, collection.fields);
  }
}

function checkPopulate(value: unknown): void {
  const asked = measurePopulate(value);
  if (asked.entries > POPULATE_LIMITS.entries || asked.depth > POPULATE_LIMITS.depth) {
    throw new PublicQueryError(
      'populate',
      `populate may name at most ${POPULATE_LIMITS.entries} relations, ${POPULATE_LIMITS.depth} levels deep; each type returns its curated relations whatever populate asks for.`,
      [],
    );
  }
}

/**
 * Checks a parsed query string (as Strapi's `qs` parser gives it) against the public contract of one collection:
 * a list (`GET /api/articles`) or one document (`GET /api/articles/{documentId}`).
 *
 * @throws {PublicQueryError} naming the first parameter outside the contract and what is allowed there
 * @example validatePublicQuery(publicCollections.articles, 'list', { filters: { slug: { $eq: 'night-buses' } } });
 */
export function validatePublicQuery(collection: CollectionContract, kind: 'list' | 'one', query: Record<string, unknown>): void {
  const parameters: readonly string[] = kind === 'list' ? LIST_PARAMETERS : ONE_PARAMETERS;
  for (const [name, value] of Object.entries(query)) {
    if (!parameters.includes(name)) {
      const route = kind === 'list' ? `GET /api/${collection.path}` : `GET /api/${collection.path}/{documentId}`;
      throw new PublicQueryError(name, `${name} is not a parameter of ${route}; it takes ${parameters.join(', ')}.`, parameters);
    }
    switch (name) {
      case 'filters':
        if (!isRecord(value))
          throw new PublicQueryError('filters', 'filters must name attributes, e.g. filters[slug][$eq]=…', describeFilters(collection));
        checkFilterNode(collection, value, []);
        break;
      case 'sort':
        checkSort(collection, value);
        break;
      case 'pagination':
        checkPagination(collection, value);
        break;
      case 'fields':
        checkFields(collection, value);
        break;
      case 'populate':
        checkPopulate(value);
        break;
      case 'status':
        if (value !== 'published' && value !== 'draft')
          throw new PublicQueryError('status', 'status must be published or draft.', ['published', 'draft']);
        break;
    }
  }
}

/**
 * Checks a parsed query string against the contract of a single type (`GET /api/publication`): it takes `status`
 * only, as published or draft.
 *
 * @throws {PublicQueryError} naming the first parameter outside the contract
 */
export function validateSingleQuery(single: SingleContract, query: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(query)) {
    if (name !== 'status')
      throw new PublicQueryError(
        name,
        `${name} is not a parameter of GET /api/${single.path}; it takes none but status.`,
        SINGLE_PARAMETERS,
      );
    if (value !== 'published' && value !== 'draft')
      throw new PublicQueryError('status', 'status must be published or draft.', ['published', 'draft']);
  }
}

/**
 * The query with the collection's own default page size when the request names none and that default is smaller
 * than Strapi's (a page of issues): the bound holds for requests that never mention pagination. Run it on a query
 * that passed `validatePublicQuery`.
 */
export function withDefaultPageSize(collection: CollectionContract, query: Record<string, unknown>): Record<string, unknown> {
  if (defaultPageSize(collection) === DEFAULT_PAGE_SIZE) return query;
  const pagination = (query.pagination ?? {}) as Record<string, unknown>;
  if ('pageSize' in pagination || 'limit' in pagination) return query;
  const size = String(defaultPageSize(collection));
  return { ...query, pagination: { ...pagination, ...('start' in pagination ? { limit: size } : { pageSize: size }) } };
}
