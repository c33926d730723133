import { createServer } from 'node:net';
import { createRedisStore } from '../redis-store';

/** A port nothing listens on: taken from the OS, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('the Redis store with Redis away', () => {
  // Queued commands would wait for Redis forever: this test would then hit jest's timeout.
  it('answers every lookup as a miss without waiting for Redis, and reports the outage once', async () => {
    const errors: Error[] = [];
    const store = createRedisStore({ url: `redis://127.0.0.1:${await closedPort()}`, ttlMs: 1000, onError: (error) => errors.push(error) });
    try {
      const version = { epoch: 'e', generation: 1 };
      for (let attempt = 0; attempt < 5; attempt += 1) {
        await store.set(version, '/api/a', { type: 'application/json', body: '{}' });
        expect(await store.get(version, '/api/a')).toBeUndefined();
      }
      expect(errors).toHaveLength(1);
    } finally {
      await store.close();
    }
  });
});
