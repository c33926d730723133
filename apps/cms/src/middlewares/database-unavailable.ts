import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const PROBE_TIMEOUT_MS = 1000;
const RETRY_AFTER_SECONDS = 5;

/** Whether the database answers a trivial query within a second. */
async function databaseAnswers(strapi: Core.Strapi): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([strapi.db.connection.raw('select 1').then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * An error that says what was wrong with the request (a refused query, a missing document, a forbidden write):
 * the database is not to blame, and probing it would let every bad request cost a query. A 401 is probed: it is
 * what users-permissions makes of a failed role lookup.
 */
function isClientError(error: unknown): boolean {
  if (error instanceof errors.UnauthorizedError) return false;
  if (error instanceof errors.ApplicationError) return true;
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 && status !== 401;
}

/**
 * While the database is away (a restart, a failover), answers 503 with Retry-After instead of what the failing
 * part made of it: Strapi's users-permissions turns a failed lookup of the public role into 401 "Missing or invalid
 * credentials", which tells other apps their request was wrong. Only failed requests pay for the probe.
 */
const databaseUnavailable: Core.MiddlewareFactory = (_config, { strapi }) => {
  const unavailable = (ctx: Parameters<Core.MiddlewareHandler>[0]) => {
    ctx.status = 503;
    ctx.set('Retry-After', String(RETRY_AFTER_SECONDS));
    ctx.body = {
      data: null,
      error: { status: 503, name: 'ServiceUnavailableError', message: 'The database is unavailable; try again shortly.', details: {} },
    };
  };
  return async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      if (isClientError(error) || (await databaseAnswers(strapi))) throw error;
      return unavailable(ctx);
    }
    if ((ctx.status === 401 || ctx.status >= 500) && !(await databaseAnswers(strapi))) unavailable(ctx);
  };
};

export default databaseUnavailable;
