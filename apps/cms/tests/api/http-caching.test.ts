import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { useCms } from '../harness/cms';
import { sample } from '../harness/sample-facts';

/**
 * HTTP caching of the public API: every 200 carries an ETag and Cache-Control, a matching If-None-Match is a 304
 * without a body, a committed change moves every tag on at once, and JSON goes out in br or gzip when the client
 * takes it — with the response cache in memory and off.
 */
interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

describe.each(['memory', 'off'] as const)('HTTP caching with the response cache %s', (mode) => {
  let base: string;

  const cms = useCms({ listen: true, scheduler: false, responseCache: mode });

  beforeAll(async () => {
    base = `http://127.0.0.1:${cms.strapi.config.get('server.port')}`;
  }, 180_000);

  /** The bytes as sent: no client-side decompression in the way. */
  function raw(path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
    return new Promise((resolve, reject) => {
      httpGet(`${base}${path}`, { headers: { 'accept-encoding': 'identity', ...headers } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
  }

  const LIST = '/api/articles?pagination[pageSize]=20';
  const json = (response: RawResponse) => JSON.parse(response.body.toString('utf8'));

  it('tags every 200 and lets shared caches keep it only if they ask again', async () => {
    const response = await raw(LIST);
    expect(response.status).toBe(200);
    expect(response.headers.etag).toMatch(/^W\/"[\w-]{27}"$/);
    expect(response.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    expect(response.headers.vary).toMatch(/Authorization/);
    expect(response.headers.vary).toMatch(/Accept-Encoding/);
  });

  it('answers a matching If-None-Match with a 304 and no body, and any other with the full answer', async () => {
    const first = await raw(LIST);
    const again = await raw(LIST, { 'if-none-match': first.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect((await raw(LIST, { 'if-none-match': `${first.headers.etag}, W/"other"` })).status).toBe(304);
    expect((await raw(LIST, { 'if-none-match': 'W/"not-this-one"' })).status).toBe(200);
    expect((await raw(LIST, { 'if-none-match': '*' })).status).toBe(200);
  });

  it('tags the API whatever the case of its path (Strapi routes /API/articles too)', async () => {
    const response = await raw('/API/Articles?pagination[pageSize]=5');
    expect(response.status).toBe(200);
    expect(response.headers.etag).toMatch(/^W\//);
  });

  it('gives each request its own tag', async () => {
    const a = await raw('/api/articles?pagination[pageSize]=5');
    const b = await raw('/api/articles?pagination[pageSize]=6');
    expect(a.headers.etag).not.toBe(b.headers.etag);
    expect((await raw('/api/articles?pagination[pageSize]=6', { 'if-none-match': a.headers.etag! })).status).toBe(200);
  });

  it('moves every tag on as soon as a change commits', async () => {
    const slug = sample.liveArticles[0].slug;
    const path = `/api/articles?filters[slug][$eq]=${slug}`;
    const before = await raw(path);
    const unrelated = await raw('/api/sections');
    const articles = cms.strapi.documents('api::article.article');
    const article = await articles.findFirst({ filters: { slug }, status: 'published' });
    await articles.update({ documentId: article!.documentId, data: { title: `Retitled ${mode}` } as never });
    await articles.publish({ documentId: article!.documentId });

    const after = await raw(path, { 'if-none-match': before.headers.etag! });
    expect(after.status).toBe(200);
    expect(json(after).data[0].title).toBe(`Retitled ${mode}`);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    // Tags are per version, not per document: a change anywhere retires them all, which is never stale.
    expect((await raw('/api/sections', { 'if-none-match': unrelated.headers.etag! })).status).toBe(200);
  });

  it('tags no error', async () => {
    const missing = await raw('/api/articles/no-such-document');
    expect(missing.status).toBe(404);
    expect(missing.headers.etag).toBeUndefined();
    const refused = await raw('/api/articles?filters[nope][$eq]=1');
    expect(refused.status).toBe(400);
    expect(refused.headers.etag).toBeUndefined();
  });

  it('gives token holders private tags of their own, and a revoked token its 401 rather than a 304', async () => {
    const tokens = cms.strapi.service('admin::api-token');
    const token = await tokens.create({ name: `etag reader ${mode}`, type: 'read-only', lifespan: null });
    const auth = { authorization: `Bearer ${token.accessKey}` };
    const reader = await raw(LIST);
    const holder = await raw(LIST, auth);
    expect(holder.status).toBe(200);
    expect(holder.headers['cache-control']).toBe('private, no-cache');
    expect(holder.headers.etag).not.toBe(reader.headers.etag);
    expect((await raw(LIST, { ...auth, 'if-none-match': holder.headers.etag! })).status).toBe(304);
    expect((await raw(LIST, { 'if-none-match': holder.headers.etag! })).status).toBe(200);

    await tokens.revoke(token.id);
    expect((await raw(LIST, { ...auth, 'if-none-match': holder.headers.etag! })).status).toBe(401);
  });

  it.each([
    ['br', brotliDecompressSync],
    ['gzip', gunzipSync],
  ] as const)('sends JSON as %s to a client that takes it, the same answer as uncompressed', async (encoding, decode) => {
    const plain = await raw(LIST);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      // The second time from the response cache, when it is on.
      const compressed = await raw(LIST, { 'accept-encoding': `${encoding}, identity;q=0.5` });
      expect(compressed.headers['content-encoding']).toBe(encoding);
      expect(compressed.body.length).toBeLessThan(plain.body.length / 2);
      expect(JSON.parse(decode(compressed.body).toString('utf8'))).toEqual(json(plain));
      expect(compressed.headers.etag).toBe(plain.headers.etag);
    }
    expect(plain.headers['content-encoding']).toBeUndefined();
  });
});
