import type { Core } from '@strapi/strapi';
import { contentTypes } from '@strapi/utils';
import type { Context } from 'koa';
import { perInstance } from '../per-instance';

/**
 * The content API's output sanitising as one synchronous walk.
 *
 * Strapi's `contentAPI.sanitize.output` walks every key of every row of a response three times with an async
 * traversal (passwords and private fields, relations the caller may not read, then each registered sanitizer):
 * ≈ 35 ms of a page of 100 articles on SQLite, more than its SQL. This does all three in one synchronous walk,
 * with the caller's permission to read each relation's target asked once per request (through `strapi.auth.verify`,
 * as Strapi does), and users-permissions' registered rule in the same walk (`otherSanitizers`). A response that holds
 * what it does not walk (a dynamic zone or a polymorphic relation with a value) gets Strapi's sanitising whole;
 * `tests/api/output-sanitizer.test.ts` holds the two to the same output.
 */

type Auth = Record<string, unknown>;

interface Attribute {
  type: string;
  relation?: string;
  target?: string;
  component?: string;
  private?: boolean;
}

interface Schema {
  uid: string;
  attributes: Record<string, Attribute>;
  options?: { populateCreatorFields?: boolean };
}

type Row = Record<string, unknown>;

const UPLOAD_FILE = 'plugin::upload.file';
const USERS_PERMISSIONS_ROLE = 'plugin::users-permissions.role';
const USERS_PERMISSIONS_USER = 'plugin::users-permissions.user';
const CREATOR_FIELDS = new Set([contentTypes.constants.CREATED_BY_ATTRIBUTE, contentTypes.constants.UPDATED_BY_ATTRIBUTE]);

const isObject = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);

interface Walk {
  getModel: (uid: string) => Schema;
  /** Whether the caller may read each relation target asked so far; unasked targets go to `unanswered`. */
  readable: Map<string, boolean>;
  unanswered: Set<string>;
  /** False without a caller: Strapi then checks no relation. */
  checksRelations: boolean;
  /** Set on meeting a dynamic zone or a polymorphic relation: Strapi's sanitising takes over. */
  unsupported: boolean;
}

/** users-permissions' one output rule: a role never lists its users. */
const isRoleUsers = (schema: Schema, attribute: Attribute) =>
  schema.uid === USERS_PERMISSIONS_ROLE && attribute.target === USERS_PERMISSIONS_USER;

const targetOf = (attribute: Attribute) =>
  attribute.type === 'relation'
    ? attribute.target
    : attribute.type === 'media'
      ? UPLOAD_FILE
      : attribute.type === 'component'
        ? attribute.component
        : undefined;

/** Whether the caller may keep this relation; an unasked target is kept for now and asked before the next walk. */
function keepsRelation(walk: Walk, schema: Schema, key: string, attribute: Attribute): boolean {
  if (!walk.checksRelations || (CREATOR_FIELDS.has(key) && schema.options?.populateCreatorFields)) return true;
  const allowed = walk.readable.get(attribute.target!);
  if (allowed === undefined) walk.unanswered.add(attribute.target!);
  return allowed !== false;
}

function sanitizeRow(walk: Walk, schema: Schema, row: unknown): unknown {
  if (!isObject(row)) return row;
  const copy: Row = { ...row };
  for (const key of Object.keys(copy)) {
    const attribute = schema.attributes[key];
    if (!attribute) continue;
    if (attribute.type === 'password' || attribute.private === true || contentTypes.isPrivateAttribute(schema as never, key)) {
      delete copy[key];
      continue;
    }
    const value = copy[key];
    const polymorphic = attribute.type === 'relation' && (!attribute.target || attribute.relation?.toLowerCase().startsWith('morph'));
    if (attribute.type === 'dynamiczone' || polymorphic) {
      walk.unsupported = true;
      continue;
    }
    if (attribute.type === 'relation' && (!keepsRelation(walk, schema, key, attribute) || isRoleUsers(schema, attribute))) {
      delete copy[key];
      continue;
    }
    const target = targetOf(attribute);
    if (value === null || value === undefined || !target) continue;
    const targetSchema = walk.getModel(target);
    copy[key] = Array.isArray(value) ? value.map((item) => sanitizeRow(walk, targetSchema, item)) : sanitizeRow(walk, targetSchema, value);
  }
  return copy;
}

/**
 * The registered output sanitizers the walk does not apply itself, run after it as Strapi runs them, row by row.
 * users-permissions registers exactly one (`isRoleUsers`, which the walk applies), so when it is the only one there
 * is nothing left to run; any other plugin's makes the list whole again.
 */
function otherSanitizers(strapi: Core.Strapi) {
  const registered = strapi.sanitizers.get('content-api.output');
  return registered.length === 1 && strapi.plugin('users-permissions') ? [] : registered;
}

async function canFind(strapi: Core.Strapi, auth: Auth, target: string): Promise<boolean> {
  try {
    await strapi.auth.verify(auth as never, { scope: `${target}.find` } as never);
    return true;
  } catch {
    return false;
  }
}

/** `sanitizeOutput(data, uid, auth)`: what `strapi.contentAPI.sanitize.output` returns for the same arguments. */
function createOutputSanitizer(strapi: Core.Strapi) {
  const getModel = (uid: string) => strapi.getModel(uid as never) as unknown as Schema;

  return async function sanitizeOutput<T>(data: T, uid: string, auth: Auth | undefined): Promise<T> {
    const schema = getModel(uid);
    const walk: Walk = { getModel, readable: new Map(), unanswered: new Set(), checksRelations: Boolean(auth), unsupported: false };
    const rows = Array.isArray(data) ? data : [data];
    let sanitized = rows.map((row) => sanitizeRow(walk, schema, row));
    // A walk that met targets not yet asked about walks again once they are answered (at most once per type).
    while (walk.unanswered.size > 0 && !walk.unsupported) {
      for (const target of walk.unanswered) walk.readable.set(target, await canFind(strapi, auth!, target));
      walk.unanswered.clear();
      sanitized = rows.map((row) => sanitizeRow(walk, schema, row));
    }
    if (walk.unsupported) return strapi.contentAPI.sanitize.output(data as never, schema as never, { auth } as never) as Promise<T>;
    for (const sanitizer of otherSanitizers(strapi)) {
      const apply = sanitizer(schema as never);
      const next: unknown[] = [];
      for (const row of sanitized) next.push(await apply(row as never));
      sanitized = next;
    }
    return (Array.isArray(data) ? sanitized : sanitized[0]) as T;
  };
}

/** One sanitizer per CMS instance. */
export const outputSanitizer = perInstance(createOutputSanitizer);

/**
 * The controller methods every public type's core controller takes: its output sanitised by the compiled
 * sanitizer. `factories.createCoreController(uid, publicController(uid))`.
 */
export const publicController =
  (uid: string) =>
  ({ strapi }: { strapi: Core.Strapi }) => ({
    // `ctx` as unknown: Strapi's controller types read every method as a route handler `(ctx, next)`.
    async sanitizeOutput(data: unknown, ctx: unknown): Promise<unknown> {
      return outputSanitizer.of(strapi)(data, uid, (ctx as Context).state.auth as Auth | undefined);
    },
  });
