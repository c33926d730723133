import { createServer } from 'node:http';
import { freePort } from '../ports';
import { start, waitFor } from '../processes';

describe('waitFor', () => {
  it('resolves once the URL answers below 500', async () => {
    const port = await freePort();
    let requests = 0;
    const server = createServer((_request, response) => {
      requests += 1;
      response.writeHead(requests < 3 ? 503 : 404).end();
    });
    server.listen(port, '127.0.0.1');
    try {
      await waitFor(`http://127.0.0.1:${port}/`, { timeoutMs: 5_000 });
      expect(requests).toBe(3);
    } finally {
      server.close();
    }
  });

  it('fails at once with what the serving process printed when it exits', async () => {
    const port = await freePort();
    const child = start(process.execPath, ['-e', 'console.error("cannot bind"); process.exit(3)'], { cwd: __dirname, env: process.env });
    const started = Date.now();
    await expect(waitFor(`http://127.0.0.1:${port}/`, { child, timeoutMs: 20_000 })).rejects.toThrow(/process exited with 3\ncannot bind/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('gives up after the timeout', async () => {
    const port = await freePort();
    await expect(waitFor(`http://127.0.0.1:${port}/`, { timeoutMs: 600 })).rejects.toThrow(
      `http://127.0.0.1:${port}/ did not answer within 600 ms`,
    );
  });
});
