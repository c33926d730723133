import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createAdminApi } from '../admin-api';
import { freePort } from '../ports';

let server: Server;
let url: string;
const received: Array<{ method: string; path: string; authorization?: string; body: string }> = [];

beforeAll(async () => {
  const port = await freePort();
  server = createServer(async (request: IncomingMessage, response) => {
    let body = '';
    for await (const chunk of request) body += chunk;
    received.push({ method: request.method!, path: request.url!, authorization: request.headers.authorization, body });
    if (request.url === '/admin/login') {
      const { password } = JSON.parse(body) as { password: string };
      response.writeHead(password === 'right' ? 200 : 400, { 'content-type': 'application/json' });
      response.end(JSON.stringify(password === 'right' ? { data: { token: 'editor-token' } } : { error: 'Invalid credentials' }));
      return;
    }
    response.writeHead(request.url === '/missing' ? 404 : 200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ ok: request.url !== '/missing' }));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => {
  received.length = 0;
});

describe('createAdminApi', () => {
  it('logs in once, on the first request, and sends every request with that token and a JSON body', async () => {
    const adminFetch = createAdminApi(() => url, { email: 'editor@example.test', password: 'right' });
    expect(received).toEqual([]);
    await adminFetch('/content-manager/a', { method: 'PUT', body: { title: 'New' } });
    await adminFetch('/content-manager/a/actions/publish', { method: 'POST' });
    await adminFetch('/content-manager/a', { method: 'GET' });
    expect(received.map(({ method, path }) => `${method} ${path}`)).toEqual([
      'POST /admin/login',
      'PUT /content-manager/a',
      'POST /content-manager/a/actions/publish',
      'GET /content-manager/a',
    ]);
    expect(received.slice(1).map((request) => request.authorization)).toEqual(Array(3).fill('Bearer editor-token'));
    expect(received.slice(1).map((request) => request.body)).toEqual(['{"title":"New"}', '{}', '']);
  });

  it('throws with the status and the answer when a request is not 2xx', async () => {
    const adminFetch = createAdminApi(url, { email: 'editor@example.test', password: 'right' });
    await expect(adminFetch('/missing', { method: 'GET' })).rejects.toThrow('GET /missing: 404 {"ok":false}');
  });

  it('throws with the answer when the login is refused', async () => {
    const adminFetch = createAdminApi(url, { email: 'editor@example.test', password: 'wrong' });
    await expect(adminFetch('/content-manager/a', { method: 'GET' })).rejects.toThrow('admin login: 400 {"error":"Invalid credentials"}');
  });
});
