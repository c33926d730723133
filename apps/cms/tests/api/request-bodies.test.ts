import http from 'node:http';
import sharp from 'sharp';
import request from 'supertest';
import { ANONYMOUS_BODY_LIMIT_BYTES } from '../../src/uploads/multipart-gate';
import { TEST_ADMIN, useCms } from '../harness/cms';

/**
 * Bodies are read only when their sender may send them: files only on the upload routes and only from an editor's
 * session or a full-access token, and large bodies only from someone with credentials. Everything else is answered
 * from the headers, before a byte of the body is read or spooled to disk.
 */
let port: number;
let adminToken: string;
const api = () => request(cms.strapi.server.httpServer);

const cms = useCms({ seed: false, scheduler: false, listen: true });

beforeAll(async () => {
  port = Number(cms.strapi.config.get('server.port'));
  adminToken = (await api().post('/admin/login').send(TEST_ADMIN).expect(200)).body.data.token;
}, 180_000);

const token = async (type: 'read-only' | 'full-access') =>
  (await cms.strapi.service('admin::api-token').create({ name: `bodies ${type} ${Math.random()}`, type, lifespan: null }))
    .accessKey as string;

/**
 * Sends the headers of a 50 MB multipart upload and its first kilobyte, and never the rest: the answer can only come
 * if the CMS decided from the headers. (Were it reading the body, the request would hang and the test time out.)
 */
function answerToUnfinishedUpload(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const boundary = 'masthead-boundary';
    const req = http.request({
      host: '127.0.0.1',
      port,
      path,
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(50 * 1024 * 1024), ...headers },
    });
    req.on('response', (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => {
        req.destroy();
        resolve({ status: response.statusCode ?? 0, body });
      });
    });
    req.on('error', reject);
    req.write(
      `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="big.jpg"\r\nContent-Type: image/jpeg\r\n\r\n${'x'.repeat(1024)}`,
    );
  });
}

describe('a multipart body', () => {
  it('from a stranger to the upload route is refused from its headers alone', async () => {
    const answer = await answerToUnfinishedUpload('/api/upload');
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body).error.message).toMatch(/Uploading needs an editor’s session in the admin or a full-access API token/);
  });

  it.each(['/api/articles', '/api/auth/local/register', '/admin/login', '/content-manager/collection-types/api::article.article'])(
    'to %s, which takes no files, is refused from its headers alone, even with a full-access token',
    async (path) => {
      const answer = await answerToUnfinishedUpload(path, { authorization: `Bearer ${await token('full-access')}` });
      expect(answer.status).toBe(403);
      expect(JSON.parse(answer.body).error.message).toMatch(/Files are accepted only by the upload routes/);
    },
  );

  it.each([
    ['a read-only token', async () => `Bearer ${await token('read-only')}`],
    ['a made-up bearer', async () => 'Bearer not-a-token-at-all'],
    ['an API token on the admin’s route', async () => `Bearer ${await token('full-access')}`],
  ])('with %s is refused from its headers alone', async (name, authorization) => {
    const answer = await answerToUnfinishedUpload(name.includes('admin’s') ? '/upload' : '/api/upload', {
      authorization: await authorization(),
    });
    expect(answer.status).toBe(403);
  });

  it('from an editor’s session reaches the Media Library, and from a full-access token the content API', async () => {
    const image = await sharp({ create: { width: 8, height: 6, channels: 3, background: '#369' } })
      .jpeg()
      .toBuffer();
    const viaAdmin = await api()
      .post('/upload')
      .set('Authorization', `Bearer ${adminToken}`)
      .attach('files', image, { filename: 'desk.jpg', contentType: 'image/jpeg' });
    expect(viaAdmin.status).toBe(201);
    const viaApi = await api()
      .post('/api/upload')
      .set('Authorization', `Bearer ${await token('full-access')}`)
      .attach('files', image, { filename: 'wire.jpg', contentType: 'image/jpeg' });
    expect(viaApi.status).toBe(201);
  });
});

describe('a JSON body', () => {
  const large = JSON.stringify({ data: { title: 'x'.repeat(ANONYMOUS_BODY_LIMIT_BYTES) } });

  it('over 64 KB without credentials is refused with a 413 naming the limit', async () => {
    const response = await api().post('/api/articles').set('content-type', 'application/json').send(large);
    expect(response.status).toBe(413);
    expect(response.body.error.message).toBe('A request without credentials may send at most 64 KB.');
  });

  it('of the same size with a token is read, and judged on what it says', async () => {
    const response = await api()
      .post('/api/articles')
      .set('Authorization', `Bearer ${await token('full-access')}`)
      .set('content-type', 'application/json')
      .send(large);
    expect(response.status).toBe(400);
    expect(response.body.error.message).not.toMatch(/at most 64 KB/);
  });

  it('within 64 KB without credentials reaches the route, which refuses the stranger as before', async () => {
    await api()
      .post('/api/articles')
      .send({ data: { title: 'A small body' } })
      .expect(403);
  });
});
