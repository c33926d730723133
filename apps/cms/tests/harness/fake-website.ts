import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { freePort } from '@masthead/test-kit';

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  receivedAt: number;
}

/** Stands in for the website's /api/revalidate: records every request and answers 200 (or what `answer` says). */
export async function startFakeWebsite(answer: (received: Received) => number | Promise<number> = () => 200) {
  const received: Received[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      const entry = { headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), receivedAt: Date.now() };
      // Recorded once answered, so a test that sees the request also sees what the answer did.
      const status = await answer(entry);
      received.push(entry);
      response.writeHead(status).end();
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
