import type { z } from 'zod';
import { CmsHttpError, CmsNetworkError, CmsNotFoundError, CmsResponseValidationError, CmsTimeoutError, CmsValidationError } from './errors';
import { encodeQuery, type QueryValue } from './query';

/** Extra `fetch` options, passed through untouched: Next.js reads `next: { tags, revalidate }` from here. */
export type RequestInitExtras = RequestInit & Record<string, unknown>;

export interface HttpOptions {
  baseUrl: string;
  token?: string;
  fetch: typeof fetch;
  timeoutMs: number;
  retries: number;
  requestInit?: RequestInitExtras;
  /** Waits between retries; injectable so tests need not sleep. */
  sleep: (ms: number) => Promise<void>;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** Merged over the client's `requestInit` for this call only, e.g. `{ next: { tags: ['article:slug'] } }`. */
  requestInit?: RequestInitExtras;
}

/**
 * GETs `path` with `query`, parses the JSON body with `schema` and returns the parsed value. Retries network errors
 * and 5xx responses (GETs are idempotent) with exponential backoff; never retries 4xx, timeouts or bad bodies.
 */
export async function getJson<Schema extends z.ZodType>(
  http: HttpOptions,
  path: string,
  query: Record<string, QueryValue>,
  schema: Schema,
  call: CallOptions = {},
): Promise<z.output<Schema>> {
  const search = encodeQuery(query);
  const url = `${http.baseUrl}${path}${search ? `?${search}` : ''}`;

  for (let attempt = 0; ; attempt += 1) {
    try {
      const body = await fetchBody(http, url, call);
      return parseBody(url, body, schema);
    } catch (error) {
      const retryable = error instanceof CmsNetworkError || (error instanceof CmsHttpError && error.status >= 500);
      if (!retryable || attempt >= http.retries || call.signal?.aborted) throw error;
      // 250 ms, 500 ms, 1 s … with ±25 % jitter so parallel clients do not retry in lockstep.
      await http.sleep(250 * 2 ** attempt * (0.75 + Math.random() * 0.5));
    }
  }
}

async function fetchBody(http: HttpOptions, url: string, call: CallOptions): Promise<string> {
  // One controller and a cleared timer per request: AbortSignal.timeout() leaves a live timer behind for the whole
  // timeout, and thousands of them in a busy server cost more than the request itself.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, http.timeoutMs);
  const onCallerAbort = () => controller.abort(call.signal?.reason);
  call.signal?.addEventListener('abort', onCallerAbort, { once: true });
  if (call.signal?.aborted) onCallerAbort();

  const headers = new Headers(http.requestInit?.headers);
  if (call.requestInit?.headers) new Headers(call.requestInit.headers).forEach((value, key) => headers.set(key, value));
  headers.set('Accept', 'application/json');
  if (http.token) headers.set('Authorization', `Bearer ${http.token}`);

  let response: Response;
  let text: string;
  try {
    const init = { ...http.requestInit, ...call.requestInit, method: 'GET', headers, signal: controller.signal };
    response = await http.fetch(url, init);
    text = await response.text();
  } catch (error) {
    if (timedOut) throw new CmsTimeoutError(url, http.timeoutMs);
    if (call.signal?.aborted) throw call.signal.reason ?? error;
    throw new CmsNetworkError(url, error);
  } finally {
    clearTimeout(timer);
    call.signal?.removeEventListener('abort', onCallerAbort);
  }

  if (!response.ok) {
    const body = tryJson(text);
    if (response.status === 404) throw new CmsNotFoundError(404, url, body);
    if (response.status === 400) throw new CmsValidationError(url, body);
    throw new CmsHttpError(response.status, url, body);
  }
  return text;
}

function parseBody<Schema extends z.ZodType>(url: string, text: string, schema: Schema): z.output<Schema> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const cause = error instanceof SyntaxError ? error : new SyntaxError(String(error));
    throw new CmsResponseValidationError(url, '(body)', 'not valid JSON', { cause });
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const [issue] = result.error.issues;
    throw new CmsResponseValidationError(url, formatPath(issue.path), issue.message, { cause: result.error });
  }
  return result.data;
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** `['data', 3, 'authors', 0, 'slug']` → `data[3].authors[0].slug` */
function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return (
    path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '') ||
    '(root)'
  );
}
