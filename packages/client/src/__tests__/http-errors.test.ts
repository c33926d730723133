import { createClient } from '../client';
import {
  CmsError,
  CmsHttpError,
  CmsNetworkError,
  CmsNotFoundError,
  CmsResponseValidationError,
  CmsTimeoutError,
  CmsValidationError,
} from '../errors';
import { fakeFetch, noSleep, type Scripted } from './fake-fetch';
import { article, list } from './fixtures';

const BASE = 'http://cms.test';

/** Each response the CMS (or the network) can give, and what the client must throw for it. */
const associations: Array<{
  name: string;
  response: Scripted;
  error: new (...args: never[]) => CmsError;
  status?: number;
  message: RegExp;
}> = [
  {
    name: '400 with a Strapi error body',
    response: { status: 400, body: { data: null, error: { status: 400, name: 'ValidationError', message: 'Invalid key email' } } },
    error: CmsValidationError,
    status: 400,
    message: /400 .*: Invalid key email$/,
  },
  {
    name: '401',
    response: { status: 401, body: { error: { message: 'Missing or invalid credentials' } } },
    error: CmsHttpError,
    status: 401,
    message: /401/,
  },
  {
    name: '403',
    response: { status: 403, body: { error: { message: 'Forbidden' } } },
    error: CmsHttpError,
    status: 403,
    message: /403 .*Forbidden/,
  },
  { name: '404 from a wrong base URL', response: { status: 404, text: 'Not Found' }, error: CmsNotFoundError, status: 404, message: /404/ },
  { name: '429', response: { status: 429, text: 'slow down' }, error: CmsHttpError, status: 429, message: /429/ },
  {
    name: '500',
    response: { status: 500, body: { error: { message: 'Internal Server Error' } } },
    error: CmsHttpError,
    status: 500,
    message: /500/,
  },
  {
    name: '503 from a proxy, as HTML',
    response: { status: 503, text: '<html>down</html>' },
    error: CmsHttpError,
    status: 503,
    message: /503/,
  },
  { name: 'malformed JSON', response: { text: '{"data": [' }, error: CmsResponseValidationError, message: /at \(body\): not valid JSON/ },
  {
    name: 'a body of another shape',
    response: { body: { data: [{ ...article, slug: 42 }], meta: list([]).meta } },
    error: CmsResponseValidationError,
    message: /at data\[0\]\.slug: /,
  },
  {
    name: 'an unknown rich-text node',
    response: { body: list([{ ...article, body: [{ type: 'video', children: [] }] }]) },
    error: CmsResponseValidationError,
    message: /at data\[0\]\.body\[0\]/,
  },
  {
    name: 'a refused connection',
    response: new TypeError('fetch failed: ECONNREFUSED'),
    error: CmsNetworkError,
    message: /Could not reach the CMS .*ECONNREFUSED/,
  },
];

describe.each(associations)('a response of $name', ({ response, error, status, message }) => {
  it(`throws ${error.name}`, async () => {
    const { fetch } = fakeFetch(response);
    const cms = createClient({ baseUrl: BASE, fetch, retries: 0, sleep: noSleep });
    const thrown = await cms.getArticle('night-buses-return').catch((caught: unknown) => caught);

    expect(thrown).toBeInstanceOf(error);
    expect(thrown).toBeInstanceOf(CmsError);
    expect((thrown as Error).name).toBe(error.name);
    expect((thrown as Error).message).toMatch(message);
    if (status !== undefined) {
      expect(thrown).toMatchObject({
        status,
        url: `${BASE}/api/articles?filters[slug][$eq]=night-buses-return&pagination[pageSize]=1&pagination[withCount]=false`,
      });
    }
  });
});

describe('error details', () => {
  it('keep the parsed body of an HTTP error', async () => {
    const body = { data: null, error: { status: 400, name: 'ValidationError', message: 'Invalid key email' } };
    const { fetch } = fakeFetch({ status: 400, body });
    const thrown = await createClient({ baseUrl: BASE, fetch })
      .getArticle('x')
      .catch((e: unknown) => e);
    expect((thrown as CmsHttpError).body).toEqual(body);
  });

  it('carry the ZodError as the cause of a validation error, with the failing path', async () => {
    const { fetch } = fakeFetch({ body: list([{ ...article, authors: [{ ...article.authors[0], slug: null }] }]) });
    const thrown = (await createClient({ baseUrl: BASE, fetch })
      .getArticle('x')
      .catch((e: unknown) => e)) as CmsResponseValidationError;
    expect(thrown.path).toBe('data[0].authors[0].slug');
    expect((thrown.cause as { issues: unknown[] }).issues.length).toBeGreaterThan(0);
  });
});

describe('retries', () => {
  it('retry GETs that failed with a 5xx, then succeed', async () => {
    const { fetch, urls } = fakeFetch({ status: 502, text: 'bad gateway' }, { status: 503, text: '' }, { body: list([article]) });
    const sleeps: number[] = [];
    const cms = createClient({ baseUrl: BASE, fetch, retries: 2, sleep: async (ms) => void sleeps.push(ms) });
    await expect(cms.getArticle('night-buses-return')).resolves.toMatchObject({ slug: 'night-buses-return' });
    expect(urls).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
    expect(sleeps[1]).toBeGreaterThan(sleeps[0] * 1.1);
  });

  it('retry network errors', async () => {
    const { fetch, urls } = fakeFetch(new TypeError('socket hang up'), { body: list([article]) });
    await createClient({ baseUrl: BASE, fetch, sleep: noSleep }).getArticle('night-buses-return');
    expect(urls).toHaveLength(2);
  });

  it('give up after the configured number of retries', async () => {
    const { fetch, urls } = fakeFetch({ status: 500, text: '' });
    await expect(createClient({ baseUrl: BASE, fetch, retries: 3, sleep: noSleep }).getArticle('x')).rejects.toBeInstanceOf(CmsHttpError);
    expect(urls).toHaveLength(4);
  });

  it.each([
    ['a 4xx', { status: 400, body: {} }],
    ['a 404', { status: 404, body: {} }],
    ['a malformed body', { text: 'nope' }],
  ] as const)('never retry %s', async (_name, response) => {
    const { fetch, urls } = fakeFetch(response);
    await expect(createClient({ baseUrl: BASE, fetch, retries: 3, sleep: noSleep }).getArticle('x')).rejects.toBeInstanceOf(CmsError);
    expect(urls).toHaveLength(1);
  });
});

describe('timeouts', () => {
  it('abort a request that takes longer than timeoutMs with CmsTimeoutError, without retrying it', async () => {
    const { fetch, urls } = fakeFetch('hang');
    const cms = createClient({ baseUrl: BASE, fetch, timeoutMs: 50, retries: 2, sleep: noSleep });
    const started = Date.now();
    const thrown = await cms.getArticle('x').catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(CmsTimeoutError);
    expect((thrown as CmsTimeoutError).timeoutMs).toBe(50);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(urls).toHaveLength(1);
  });

  it('let the caller abort with their own signal, passing their reason through', async () => {
    const { fetch } = fakeFetch('hang');
    const controller = new AbortController();
    const pending = createClient({ baseUrl: BASE, fetch, timeoutMs: 10_000 }).getArticle('x', { signal: controller.signal });
    controller.abort(new Error('navigated away'));
    await expect(pending).rejects.toThrow('navigated away');
  });
});
