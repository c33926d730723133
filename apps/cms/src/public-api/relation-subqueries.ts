import type { Core } from '@strapi/strapi';

/**
 * Relation filters of a public list as `id IN (subquery)`, walked from the related side.
 *
 * Strapi filters through a relation with a chain of LEFT JOINs from the listed type, and SQLite never reorders a
 * LEFT JOIN: one author's articles, one volume's issues, any of 100 sources meant scanning every article (and
 * again to count them), so the cost grew with the archive. `id IN (SELECT … FROM link WHERE target IN (SELECT id
 * FROM target WHERE slug = ?))` starts from the indexed slug or number on both databases, and the database keeps
 * the id set itself (an earlier version fetched the ids into Node and gave up beyond 1,000 of them, which is where
 * a wide `$in` on sources went slow). SQLite, which builds such a set row by row, gets a per-row probe instead when
 * the set would be large (`formFor`).
 *
 * Only what the public contract lets through is rewritten — equality, ranges and `$in` on string and integer
 * attributes, and the `publishedAt $notNull` that `published-relations` adds at each hop into drafts — so the SQL
 * compares exactly what Strapi would. Anything else (a logical operator, a date, a media field) is left to
 * Strapi's join, which stays correct. Run it on sanitised filters: the subqueries are added after the checks.
 */

type Filters = Record<string, unknown>;
/** Knex's query builder, as Strapi's database layer hands it out (its last `getConnection` overload). */
type QueryBuilder = ReturnType<Core.Strapi['db']['getConnection']>;

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  on?: Record<string, string>;
}

interface AttributeMetadata {
  type: string;
  columnName?: string;
  target?: string;
  joinTable?: JoinTable;
}

const COMPARISONS = { $eq: '=', $lt: '<', $lte: '<=', $gt: '>', $gte: '>=' } as const;
const COMPARABLE_TYPES = new Set(['string', 'uid', 'text', 'email', 'enumeration', 'integer', 'biginteger']);
const INTEGER_TYPES = new Set(['integer', 'biginteger']);

const isRecord = (value: unknown): value is Filters => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A filter value as the column holds it, or `undefined` when it is not one (the filter is then left to Strapi). */
function columnValue(type: string, value: unknown): string | number | undefined {
  if (INTEGER_TYPES.has(type)) {
    const number = typeof value === 'number' ? value : typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : NaN;
    return Number.isSafeInteger(number) ? number : undefined;
  }
  return typeof value === 'string' ? value : undefined;
}

const isTrue = (value: unknown) => value === true || value === 'true';

/** Adds `conditions` on one scalar column to `query`; false when a condition is not one this module compiles. */
function applyScalar(query: QueryBuilder, column: string, type: string, conditions: unknown): boolean {
  if (!isRecord(conditions) || Object.keys(conditions).length === 0) return false;
  for (const [operator, value] of Object.entries(conditions)) {
    if (operator === '$notNull' || operator === '$null') {
      if (!isTrue(value) && value !== false && value !== 'false') return false;
      const wantsNull = (operator === '$null') === isTrue(value);
      if (wantsNull) query.whereNull(column);
      else query.whereNotNull(column);
      continue;
    }
    if (!COMPARABLE_TYPES.has(type)) return false;
    if (operator === '$in') {
      if (!Array.isArray(value) || value.length === 0) return false;
      const values = value.map((item) => columnValue(type, item));
      if (values.some((item) => item === undefined)) return false;
      query.whereIn(column, values as Array<string | number>);
      continue;
    }
    if (!(operator in COMPARISONS)) return false;
    const compared = columnValue(type, value);
    if (compared === undefined) return false;
    query.where(column, COMPARISONS[operator as keyof typeof COMPARISONS], compared);
  }
  return true;
}

/**
 * `SELECT id FROM <uid's table> WHERE <filters>` for filters made only of compilable conditions and relations,
 * or `undefined` when any part is not (then the whole relation filter is left as it was).
 */
function idsMatching(strapi: Core.Strapi, uid: string, filters: unknown): QueryBuilder | undefined {
  if (!isRecord(filters) || Object.keys(filters).length === 0) return undefined;
  const model = strapi.db.metadata.get(uid);
  const query = strapi.db.getConnection(model.tableName).select('id');
  for (const [name, conditions] of Object.entries(filters)) {
    const attribute = model.attributes[name] as AttributeMetadata | undefined;
    if (!attribute) return undefined;
    if (attribute.type === 'relation') {
      const linked = linkedIds(strapi, attribute, conditions);
      if (!linked) return undefined;
      query.whereIn('id', linked);
    } else if (!attribute.columnName || !applyScalar(query, attribute.columnName, attribute.type, conditions)) {
      return undefined;
    }
  }
  return query;
}

/** The ids of rows linked through `attribute` (a relation or a component, both a join table) to rows matching `filters`. */
function linkedIds(strapi: Core.Strapi, attribute: AttributeMetadata, filters: unknown): QueryBuilder | undefined {
  const walk = walkLinks(strapi, attribute, filters);
  return walk && idSet(strapi, walk);
}

const linkRows = (strapi: Core.Strapi, link: JoinTable) => {
  const rows = strapi.db.getConnection(link.name).select(link.joinColumn.name);
  return link.on ? rows.where(link.on) : rows;
};

interface LinkWalk {
  /** The join tables from the filtered type outwards, as long as each hop's filter is only the next relation. */
  links: JoinTable[];
  /** The ids, at the far end of `links`, of the rows the rest of the filter matches. */
  targets: QueryBuilder;
}

function walkLinks(strapi: Core.Strapi, attribute: AttributeMetadata, filters: unknown): LinkWalk | undefined {
  const links: JoinTable[] = [];
  let hop: AttributeMetadata = attribute;
  let conditions = filters;
  for (;;) {
    if (!hop.joinTable || !hop.target || !isRecord(conditions)) return undefined;
    links.push(hop.joinTable);
    const names = Object.keys(conditions);
    const next =
      names.length === 1 ? (strapi.db.metadata.get(hop.target).attributes[names[0]] as AttributeMetadata | undefined) : undefined;
    if (next?.type !== 'relation') {
      const targets = idsMatching(strapi, hop.target, conditions);
      return targets && { links, targets };
    }
    hop = next;
    conditions = conditions[names[0]];
  }
}

/** `id IN (SELECT … FROM link WHERE target IN (SELECT …))`, hop by hop from the far end. */
const idSet = (strapi: Core.Strapi, { links, targets }: LinkWalk) =>
  links.reduceRight<QueryBuilder>((ids, link) => linkRows(strapi, link).whereIn(link.inverseJoinColumn.name, ids), targets);

/**
 * The most rows any hop of the walk reaches, counted from the far end with each count stopped at `cap + 1`: a
 * bounded probe, whatever the archive holds (more than `cap` reads as `cap + 1`). Each hop is one `SELECT count(*)`
 * over the hops before it as a subquery, so no id list travels to Node and back (fetching the ids and binding them
 * as parameters cost more than the page it decided: 9 of 24 ms of SQL for three relation filters).
 */
async function largestHop(strapi: Core.Strapi, { links, targets }: LinkWalk, cap: number): Promise<number> {
  const reached = async (rows: QueryBuilder) => {
    const [row] = (await strapi.db
      .getConnection()
      .count({ reached: '*' })
      .from(
        rows
          .clone()
          .limit(cap + 1)
          .as('probe'),
      )) as Array<{ reached: number | string }>;
    return Number(row.reached);
  };
  let ids = targets;
  let largest = await reached(ids);
  for (const link of [...links].reverse()) {
    if (largest > cap) break;
    ids = linkRows(strapi, link).whereIn(link.inverseJoinColumn.name, ids);
    largest = Math.max(largest, await reached(ids));
  }
  return largest;
}

/**
 * `t0.id IN (SELECT j0.<id> FROM link j0 JOIN … WHERE j0.<id> = t0.id AND jN.<target> IN (targets) LIMIT 1)`: the link
 * chain probed from each listed row (`t0` is the alias Strapi gives the listed type). For a filter that matches
 * most of the archive, this finds a page by walking the few links of each row in order until it is full, where the
 * id set would first have to be built from every matching link row (50 against 0.3 ms for 100 popular sources).
 */
function correlatedIds(strapi: Core.Strapi, { links, targets }: LinkWalk): QueryBuilder {
  const alias = (index: number) => `j${index}`;
  const query = strapi.db
    .getConnection()
    .select(`${alias(0)}.${links[0].joinColumn.name}`)
    .from(`${links[0].name} as ${alias(0)}`);
  links.forEach((link, index) => {
    if (index > 0)
      query.join(
        `${link.name} as ${alias(index)}`,
        `${alias(index)}.${link.joinColumn.name}`,
        `${alias(index - 1)}.${links[index - 1].inverseJoinColumn.name}`,
      );
    for (const [column, value] of Object.entries(link.on ?? {})) query.where(`${alias(index)}.${column}`, value);
  });
  const last = links.length - 1;
  // LIMIT 1 makes the per-row list one link at most: an existence test (18 against 108 ms to count 10,000 rows).
  return query
    .whereRaw('?? = ??', [`${alias(0)}.${links[0].joinColumn.name}`, 't0.id'])
    .whereIn(`${alias(last)}.${links[last].inverseJoinColumn.name}`, targets)
    .limit(1);
}

/** Beyond this many linked rows at any hop, SQLite finds a page (and counts it) by probing from each listed row (see `correlatedIds`). */
const SET_MAX_ROWS = 1000;

/** How a relation filter is answered: an id set from the related side, or a probe per listed row. */
export type SubqueryForm = 'id-set' | 'per-row';

/**
 * The form for this filter on this database. PostgreSQL plans `IN (subquery)` as a hashed semi-join whatever its
 * size (the per-row probe cost it 234 ms for 100 authors, the set a few), so it always gets the set. SQLite builds
 * the set row by row into a temporary table, so it gets the set only when the set is small: probed per row, a page
 * and a count that stops at its bound (`countUpTo`) both end once they have their rows.
 */
async function formFor(strapi: Core.Strapi, walk: LinkWalk): Promise<SubqueryForm> {
  if (strapi.db.dialect.client !== 'sqlite') return 'id-set';
  return (await largestHop(strapi, walk, SET_MAX_ROWS)) <= SET_MAX_ROWS ? 'id-set' : 'per-row';
}

/**
 * The same filters of a list of `uid`, each relation filter among them that compiles turned into `id IN (subquery)`,
 * in the form the database answers fastest (`form` forces one, for tests).
 */
export async function relationFiltersAsSubqueries(
  strapi: Core.Strapi,
  uid: string,
  filters: unknown,
  { form }: { form?: SubqueryForm } = {},
): Promise<unknown> {
  if (!isRecord(filters)) return filters;
  const attributes = strapi.db.metadata.get(uid).attributes as Record<string, AttributeMetadata>;
  const remaining: Filters = {};
  const subqueries: QueryBuilder[] = [];
  for (const [name, conditions] of Object.entries(filters)) {
    const attribute = attributes[name];
    const walk = attribute?.type === 'relation' ? walkLinks(strapi, attribute, conditions) : undefined;
    if (!walk) {
      remaining[name] = conditions;
      continue;
    }
    const chosen = form ?? (await formFor(strapi, walk));
    subqueries.push(chosen === 'id-set' ? idSet(strapi, walk) : correlatedIds(strapi, walk));
  }
  if (subqueries.length === 0) return filters;
  return { $and: [remaining, ...subqueries.map((ids) => ({ id: { $in: ids } }))] };
}
