import request from 'supertest';
import { markdownToBlocks } from '../../src/content/markdown-to-blocks';
import { createGeneration } from '../../src/response-cache/generation';
import { createRedisStore } from '../../src/response-cache/redis-store';
import type { CachedResponse } from '../../src/response-cache/response-store';
import { useCms } from '../harness/cms';
import { createReadyDraft } from '../harness/ready-draft';

/**
 * The public REST API's response cache, in this process's memory and in Redis: repeated anonymous reads are answered
 * from it, and no answer from before a change is served once the change's write has returned — whichever way the
 * change was made.
 */
const LIST =
  '/api/articles?populate[authors][fields][0]=name&populate[issue][fields][0]=number&pagination[pageSize]=20&sort[0]=firstPublishedAt:desc';
const bySlug = (slug: string) => `/api/articles?filters[slug][$eq]=${slug}&fields[0]=title&fields[1]=slug`;

describe.each(['memory', 'redis'] as const)('the response cache in %s', (mode) => {
  const api = () => request(cms.strapi.server.httpServer);
  const articles = () => cms.strapi.documents('api::article.article');

  // Nothing else queries meanwhile (one test counts queries): no scheduler, no upload metrics job.
  const cms = useCms({ responseCache: mode, scheduler: false });

  beforeAll(async () => {
    cms.strapi.cron.remove('uploadWeekly');
  }, 180_000);

  async function titleOf(slug: string): Promise<{ title: string | undefined; cache: string }> {
    const response = await api().get(bySlug(slug)).expect(200);
    return { title: response.body.data[0]?.title, cache: response.headers['x-masthead-cache'] };
  }

  async function publishedArticle(slug: string) {
    const { article } = await createReadyDraft(cms.strapi, `${slug} v0`, slug);
    await articles().publish({ documentId: article.documentId });
    return article.documentId;
  }

  async function retitle(documentId: string, title: string) {
    await articles().update({ documentId, data: { title } as never });
    await articles().publish({ documentId });
  }

  it('answers a repeated anonymous read from the cache, byte for byte, with the per-request headers', async () => {
    const first = await api().get(LIST).expect(200);
    const second = await api().get(LIST).expect(200);
    expect(first.headers['x-masthead-cache']).toBe('MISS');
    expect(second.headers['x-masthead-cache']).toBe('HIT');
    expect(second.text).toBe(first.text);
    expect(second.headers['content-type']).toBe(first.headers['content-type']);
    expect(second.headers['x-content-type-options']).toBe('nosniff');
    expect(second.headers['strict-transport-security']).toBeDefined();
  });

  it('answers a hit with one database read: the generation', async () => {
    await api().get(LIST).expect(200);
    const queries: string[] = [];
    const listener = (query: { sql: string }) => queries.push(query.sql);
    const connection = cms.strapi.db.connection as unknown as NodeJS.EventEmitter;
    connection.on('query', listener);
    const hit = await api().get(LIST).expect(200);
    connection.off('query', listener);
    expect(hit.headers['x-masthead-cache']).toBe('HIT');
    expect(queries).toHaveLength(1);
    expect(queries[0]).toMatch(/masthead_response_cache/);
  });

  it('shows a publish to the very next read', async () => {
    const documentId = await publishedArticle(`cache-publish-${mode}`);
    await titleOf(`cache-publish-${mode}`);
    expect((await titleOf(`cache-publish-${mode}`)).cache).toBe('HIT');
    await retitle(documentId, 'Retitled and republished');
    expect(await titleOf(`cache-publish-${mode}`)).toEqual({ title: 'Retitled and republished', cache: 'MISS' });
  });

  it('never serves an answer from before a publish once the publish has returned, under concurrent reads', async () => {
    const slug = `cache-race-${mode}`;
    const documentId = await publishedArticle(slug);
    const stale: string[] = [];
    for (let round = 1; round <= 5; round += 1) {
      let publishedAt = Number.POSITIVE_INFINITY;
      let reading = true;
      // Readers keep the cache warm and racing with the write: each checks only reads it started after the write returned.
      const readers = Array.from({ length: 4 }, async () => {
        while (reading) {
          const started = Date.now();
          const { title } = await titleOf(slug);
          if (started > publishedAt && title !== `${slug} v${round}`) stale.push(`round ${round}: ${title}`);
        }
      });
      await new Promise((resolve) => setTimeout(resolve, 30));
      await retitle(documentId, `${slug} v${round}`);
      publishedAt = Date.now();
      await new Promise((resolve) => setTimeout(resolve, 100));
      reading = false;
      await Promise.all(readers);
    }
    expect(stale).toEqual([]);
  }, 60_000);

  it('moves on for writes made outside the document service, as the scheduler and the importer make them', async () => {
    const slug = `cache-query-layer-${mode}`;
    await publishedArticle(slug);
    await titleOf(slug);
    expect((await titleOf(slug)).cache).toBe('HIT');
    await cms.strapi.db
      .query('api::article.article')
      .updateMany({ where: { slug, publishedAt: { $notNull: true } }, data: { title: 'Changed in a query' } });
    expect((await titleOf(slug)).title).toBe('Changed in a query');

    // Inside a transaction, the cache moves on when it commits and not at a rollback.
    await cms.strapi.db.transaction(async () => {
      await cms.strapi.db
        .query('api::article.article')
        .updateMany({ where: { slug, publishedAt: { $notNull: true } }, data: { title: 'Committed' } });
    });
    expect((await titleOf(slug)).title).toBe('Committed');
    await expect(
      cms.strapi.db.transaction(async () => {
        await cms.strapi.db
          .query('api::article.article')
          .updateMany({ where: { slug, publishedAt: { $notNull: true } }, data: { title: 'Rolled back' } });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await titleOf(slug)).toEqual({ title: 'Committed', cache: 'HIT' });
  });

  it('keeps errors, unknown pages and token holders out of the cache', async () => {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const missing = await api().get('/api/articles/no-such-document').expect(404);
      expect(missing.headers['x-masthead-cache']).toBe('MISS');
      // Refused by the public query contract before the cache is even asked.
      const invalid = await api().get('/api/articles?filters[nope][$eq]=1').expect(400);
      expect(invalid.headers['x-masthead-cache']).toBeUndefined();
    }
    const token = await cms.strapi.service('admin::api-token').create({ name: `cache reader ${mode}`, type: 'read-only', lifespan: null });
    const withToken = await api().get(LIST).set('Authorization', `Bearer ${token.accessKey}`).expect(200);
    expect(withToken.headers['x-masthead-cache']).toBeUndefined();
    await api().get(LIST).set('Authorization', 'Bearer not-a-token').expect(401);
  });

  it('gives drafts asked for anonymously no way in', async () => {
    const draft = await articles().create({
      data: { title: 'Cache draft', slug: `cache-draft-${mode}`, dek: 'A dek.', body: markdownToBlocks('Body.') } as never,
    });
    for (const query of ['&status=draft', '&status=draft', '']) {
      const response = await api()
        .get(`${bySlug(`cache-draft-${mode}`)}${query}`)
        .expect(200);
      expect(response.body.data).toEqual([]);
    }
    await articles().delete({ documentId: draft.documentId });
  });

  if (mode === 'redis') {
    it('is shared by every instance on the database, which all see a change at once', async () => {
      // A second instance's view: its own connection to Redis and its own reading of the generation.
      // The other store's connection may still be opening when it is first asked (commands fail fast rather than
      // queue), and the miss is stored without the reader waiting for it: the other instance sees it soon, not at once.
      const other = {
        store: createRedisStore({ url: process.env.MASTHEAD_RESPONSE_CACHE_REDIS_URL!, ttlMs: 60_000, onError: () => undefined }),
        generation: createGeneration(cms.strapi, (error) => {
          throw error;
        }),
      };
      try {
        const slug = 'cache-shared-redis';
        const documentId = await publishedArticle(slug);
        const miss = await api().get(bySlug(slug)).expect(200);
        let shared: CachedResponse | undefined;
        for (const deadline = Date.now() + 5000; !shared && Date.now() < deadline; ) {
          shared = await other.store.get(await other.generation.current(), bySlug(slug));
          if (!shared) await new Promise((resolve) => setTimeout(resolve, 20));
        }
        expect(shared?.body).toBe(miss.text);

        await retitle(documentId, 'Seen by every instance');
        expect(await other.store.get(await other.generation.current(), bySlug(slug))).toBeUndefined();
      } finally {
        await other.store.close();
      }
    });
  }
});
