import { z, type ZodError } from 'zod';

/** Base class of every error the client throws, so callers can catch them all with one `instanceof`. */
export class CmsError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The CMS answered with a status outside 2xx. */
export class CmsHttpError extends CmsError {
  constructor(
    readonly status: number,
    readonly url: string,
    /** The response body: parsed JSON when it was JSON, otherwise the text. */
    readonly body: unknown,
  ) {
    super(`CMS responded ${status} for GET ${url}${describeStrapiError(body)}`);
  }
}

/**
 * The CMS answered 404 for the request itself: a wrong `baseUrl` or a route that does not exist. A document that
 * does not exist is not an error: the `get*` functions resolve `null` for it.
 */
export class CmsNotFoundError extends CmsHttpError {}

/** One parameter the CMS refused, and what it needs: `{ parameter: 'q', message: 'needs at least one letter or digit' }`. */
export interface CmsValidationIssue {
  parameter: string;
  message: string;
}

/**
 * The CMS refused the request's parameters (a 400): a query outside the public contract, or a search it cannot run.
 * `issues` names each refused parameter, so callers can show their own words instead of parsing the message.
 */
export class CmsValidationError extends CmsHttpError {
  readonly issues: CmsValidationIssue[];

  constructor(url: string, body: unknown) {
    super(400, url, body);
    this.issues = validationIssues(body);
  }
}

const validationBody = z.object({
  error: z.object({
    message: z.string(),
    details: z
      .object({
        parameter: z.string().optional(),
        issues: z.array(z.object({ parameter: z.string(), message: z.string() })).optional(),
      })
      .optional(),
  }),
});

/** The body's `details.issues`; else its one `details.parameter` with the whole message; else nothing named. */
function validationIssues(body: unknown): CmsValidationIssue[] {
  const parsed = validationBody.safeParse(body);
  if (!parsed.success) return [];
  const { message, details } = parsed.data.error;
  if (details?.issues) return details.issues;
  return details?.parameter ? [{ parameter: details.parameter, message }] : [];
}

/** The response did not have the shape the client expects; `cause` is the ZodError (or SyntaxError for bad JSON). */
export class CmsResponseValidationError extends CmsError {
  constructor(
    readonly url: string,
    /** Where in the response body the first mismatch is, e.g. `data[3].authors[0].slug`. */
    readonly path: string,
    detail: string,
    options: { cause: ZodError | SyntaxError },
  ) {
    super(`Unexpected response from GET ${url} at ${path}: ${detail}`, options);
  }
}

/** No response within `timeoutMs`. */
export class CmsTimeoutError extends CmsError {
  constructor(
    readonly url: string,
    readonly timeoutMs: number,
  ) {
    super(`CMS did not respond within ${timeoutMs} ms for GET ${url}`);
  }
}

/** The request never got a response: DNS, refused connection, reset, TLS. */
export class CmsNetworkError extends CmsError {
  constructor(
    readonly url: string,
    cause: unknown,
  ) {
    super(`Could not reach the CMS for GET ${url}: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
  }
}

/** Strapi's error envelope, `{ error: { status, name, message, details } }`. */
const strapiErrorBody = z.object({ error: z.object({ message: z.string() }) });

function describeStrapiError(body: unknown): string {
  const parsed = strapiErrorBody.safeParse(body);
  return parsed.success ? `: ${parsed.data.error.message}` : '';
}
