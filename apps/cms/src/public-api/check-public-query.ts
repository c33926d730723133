import {
  collectionOfPath,
  PublicQueryError,
  singleOfPath,
  validatePublicQuery,
  validateSingleQuery,
  withDefaultPageSize,
} from '@masthead/client/contract';
import { errors } from '@strapi/utils';

/** Runs a contract check; its refusal becomes Strapi's 400 ValidationError, with the parameter and what is allowed. */
function asValidationError(check: () => void): void {
  try {
    check();
  } catch (error) {
    if (error instanceof PublicQueryError) {
      throw new errors.ValidationError(error.message, { parameter: error.parameter, allowed: error.allowed });
    }
    throw error;
  }
}

/**
 * Refuses a read of a public collection or single type whose query is outside the contract (`@masthead/client/contract`), as
 * Strapi's 400 ValidationError with the parameter and what is allowed in `details`, and gives a list without a
 * page size its collection's own. Only the query string is read: nothing here touches the database.
 */
export function checkPublicQuery(request: { method: string; path: string; query: Record<string, unknown> }): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') return;
  const single = singleOfPath(request.path);
  if (single) return asValidationError(() => validateSingleQuery(single, request.query));
  const route = collectionOfPath(request.path);
  if (!route) return;
  asValidationError(() => validatePublicQuery(route.collection, route.one ? 'one' : 'list', request.query));
  if (!route.one) {
    const query = withDefaultPageSize(route.collection, request.query);
    if (query !== request.query) request.query = query;
  }
}
