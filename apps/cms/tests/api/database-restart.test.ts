import request from 'supertest';
import { Client } from 'pg';
import { markdownToBlocks } from '../../src/content/markdown-to-blocks';
import { startCms, type TestCms } from '../harness/cms';

/**
 * PostgreSQL restarting under load: every connection the CMS holds is cut and new ones are refused for a few
 * seconds — what the CMS sees of a restart or a failover — while readers keep asking. Once the database is back,
 * the same CMS process answers every read, takes writes and runs its scheduler again, without a restart of its own.
 * (SQLite is a file inside the CMS process: it has no restart to survive.)
 */
const onPostgres = process.env.MASTHEAD_TEST_DATABASE === 'postgres';
const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const READERS = 8;
const OUTAGE_MS = 3000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let cms: TestCms;
const api = () => request(cms.strapi.server.httpServer);

async function asAdmin(sql: string, values: unknown[] = []): Promise<void> {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql, values);
  } finally {
    await client.end();
  }
}

/** Down: no new connections, and every open one terminated, as a stopping server does. */
async function takeDown(database: string): Promise<void> {
  await asAdmin(`ALTER DATABASE ${database} WITH ALLOW_CONNECTIONS false`);
  await asAdmin('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database]);
}

async function bringBack(database: string): Promise<void> {
  await asAdmin(`ALTER DATABASE ${database} WITH ALLOW_CONNECTIONS true`);
}

(onPostgres ? describe : describe.skip)('a PostgreSQL restart under load', () => {
  let database: string;

  beforeAll(async () => {
    // Uncached, so every read reaches the database.
    cms = await startCms({ responseCache: 'off' });
    database = new URL(process.env.DATABASE_URL!).pathname.slice(1);
  }, 180_000);

  afterAll(async () => {
    if (database) await bringBack(database);
    await cms?.stop();
  });

  it('is survived by the running CMS: reads, writes and the scheduler work again once the database is back', async () => {
    const strapiBefore = cms.strapi;
    const outcomes: Array<{ startedAt: number; endedAt: number; status: number; retryAfter?: string }> = [];
    let reading = true;
    const readers = Array.from({ length: READERS }, async (_, reader) => {
      for (let n = 0; reading; n += 1) {
        const startedAt = Date.now();
        const response = await api().get(`/api/articles?pagination[page]=${((n + reader) % 3) + 1}&pagination[pageSize]=5`);
        outcomes.push({ startedAt, endedAt: Date.now(), status: response.status, retryAfter: response.headers['retry-after'] });
      }
    });

    await sleep(1000);
    const downAt = Date.now();
    await takeDown(database);
    await sleep(OUTAGE_MS);
    await bringBack(database);
    const backAt = Date.now();
    // Read on until the readers have made well over a round of requests after the first one answered again: how
    // long reconnecting takes depends on the machine, so the test waits for the event, not a fixed time (bounded).
    const recoveredRounds = () => {
      const first = outcomes.find((outcome) => outcome.startedAt > backAt && outcome.status === 200);
      return first ? outcomes.filter((outcome) => outcome.startedAt > first.startedAt).length : 0;
    };
    for (const deadline = Date.now() + 30_000; recoveredRounds() <= 3 * READERS && Date.now() < deadline; ) await sleep(100);
    reading = false;
    await Promise.all(readers);

    expect(outcomes.filter((outcome) => outcome.endedAt < downAt && outcome.status !== 200)).toEqual([]);
    // Meanwhile every read was answered, and told to come back: 503 with Retry-After, never a 401 or a bare 500.
    const duringOutage = outcomes.filter((outcome) => outcome.startedAt > downAt && outcome.endedAt < backAt);
    expect(duringOutage.length).toBeGreaterThan(0);
    expect(duringOutage.filter((outcome) => outcome.status !== 503 || outcome.retryAfter !== '5')).toEqual([]);

    // Back: pooled connections that died in the outage are replaced, not handed out again.
    const firstRecovered = outcomes.find((outcome) => outcome.startedAt > backAt && outcome.status === 200);
    expect(firstRecovered).toBeDefined();
    const afterRecovery = outcomes.filter((outcome) => outcome.startedAt > firstRecovered!.startedAt);
    expect(afterRecovery.length).toBeGreaterThan(READERS);
    expect(afterRecovery.filter((outcome) => outcome.status !== 200)).toEqual([]);
    for (let n = 0; n < 20; n += 1) await api().get('/api/issues').expect(200);

    // Writes and the scheduler (its advisory lock lives on a pooled connection too) work on the same process.
    const [author] = await cms.strapi.documents('api::author.author').findMany({ limit: 1 });
    const [issue] = await cms.strapi.documents('api::issue.issue').findMany({ limit: 1, status: 'published' });
    await cms.strapi.documents('api::article.article').create({
      data: {
        title: 'After the restart',
        slug: 'after-the-restart',
        dek: 'A dek.',
        body: markdownToBlocks('Body.'),
        authors: [author.documentId],
        issue: issue.documentId,
        // Ahead by more than the write takes: a schedule time already past is refused (scheduling/schedule-fields.ts).
        publishAt: new Date(Date.now() + 2000).toISOString(),
      } as never,
    });
    let live = false;
    for (let attempt = 0; attempt < 100 && !live; attempt += 1) {
      await sleep(100);
      live = (await api().get('/api/articles?filters[slug][$eq]=after-the-restart').expect(200)).body.data.length === 1;
    }
    expect(live).toBe(true);
    expect(cms.strapi).toBe(strapiBefore);
  }, 60_000);
});
