import request from 'supertest';
import { startCms, useCms } from '../harness/cms';

/**
 * Rate limiting of /api/*: the IETF draft's RateLimit-* headers on every answer, 429 with Retry-After past the
 * budget, X-Forwarded-For believed only from trusted proxies, the website's token on a budget of its own, the admin
 * never limited, and budgets kept in Redis across restarts (and counted in memory while Redis is away).
 */
const PREVIEW_TOKEN = 'rate-limit-test-website-token-0123456789abcdef';
const BUDGET = 5;

describe('with a budget of 5 a minute', () => {
  const api = () => request(cms.strapi.server.httpServer);

  const cms = useCms({
    scheduler: false,
    previewToken: PREVIEW_TOKEN,
    rateLimit: { perMinute: BUDGET, websitePerMinute: 50, trustedProxies: ['10.0.0.0/8'] },
  });

  it('counts down in the RateLimit headers, then answers 429 with Retry-After, whatever the request', async () => {
    const path = '/api/sections';
    for (let used = 1; used <= BUDGET; used += 1) {
      const response = await api().get(used % 2 ? path : '/api/articles?filters[nope][$eq]=1');
      expect(response.status).toBe(used % 2 ? 200 : 400);
      expect(response.headers['ratelimit-limit']).toBe(String(BUDGET));
      expect(response.headers['ratelimit-remaining']).toBe(String(BUDGET - used));
      expect(Number(response.headers['ratelimit-reset'])).toBeGreaterThanOrEqual(1);
      expect(Number(response.headers['ratelimit-reset'])).toBeLessThanOrEqual(60);
      expect(response.headers['ratelimit-policy']).toBe(`${BUDGET};w=60`);
    }
    const refused = await api().get(path).expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(refused.headers['ratelimit-remaining']).toBe('0');
    expect(refused.body.error).toMatchObject({ status: 429, name: 'RateLimitError', details: { limit: BUDGET, windowSeconds: 60 } });
    expect(refused.body.error.message).toMatch(/Too many requests: 5 a minute/);
    // A client cannot pick a fresh budget by naming itself, with a made-up token, or by spelling the path in capitals
    // (Strapi's router ignores case).
    await api().get('/API/Sections').expect(429);
    await api().get(path).set('X-Forwarded-For', '203.0.113.9').expect(429);
    await api().get(path).set('Authorization', 'Bearer made-up-token').expect(429);
  });

  it('never limits the admin or the health check', async () => {
    for (let attempt = 0; attempt < BUDGET + 2; attempt += 1) {
      const init = await api().get('/admin/init');
      expect(init.status).not.toBe(429);
      expect(init.headers['ratelimit-limit']).toBeUndefined();
      expect((await api().get('/_health')).status).not.toBe(429);
    }
  });

  it('gives the website its own, larger budget', async () => {
    const response = await api().get('/api/sections').set('Authorization', `Bearer ${PREVIEW_TOKEN}`).expect(200);
    expect(response.headers['ratelimit-limit']).toBe('50');
  });
});

describe('behind a trusted proxy', () => {
  const api = () => request(cms.strapi.server.httpServer);

  // supertest connects over loopback: trusting it stands in for nginx in front of the CMS.
  const cms = useCms({ scheduler: false, rateLimit: { perMinute: 2, trustedProxies: ['loopback'] } });

  it('counts each client address the proxy names, and only the one it saw', async () => {
    for (const client of ['198.51.100.1', '198.51.100.2']) {
      await api().get('/api/tags').set('X-Forwarded-For', client).expect(200);
      await api().get('/api/tags').set('X-Forwarded-For', client).expect(200);
      await api().get('/api/tags').set('X-Forwarded-For', client).expect(429);
    }
    // What the client itself put in front of the proxy's entry changes nothing.
    await api().get('/api/tags').set('X-Forwarded-For', '192.0.2.77, 198.51.100.1').expect(429);
  });
});

describe('budgets in Redis', () => {
  it('outlive a restart of the CMS', async () => {
    const cms = await startCms({
      scheduler: false,
      seed: false,
      rateLimit: { perMinute: 3, redisUrl: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/0' },
    });
    try {
      const api = () => request(cms.strapi.server.httpServer);
      await api().get('/api/tags').expect(200);
      await api().get('/api/tags').expect(200);
      await cms.restart();
      const after = await api().get('/api/tags').expect(200);
      expect(after.headers['ratelimit-remaining']).toBe('0');
      await api().get('/api/tags').expect(429);
    } finally {
      await cms.stop();
    }
  }, 180_000);

  it('are counted in memory while Redis is away: readers are limited, never refused for it', async () => {
    const cms = await startCms({ scheduler: false, seed: false, rateLimit: { perMinute: 2, redisUrl: 'redis://127.0.0.1:1/0' } });
    try {
      const api = () => request(cms.strapi.server.httpServer);
      await api().get('/api/tags').expect(200);
      await api().get('/api/tags').expect(200);
      await api().get('/api/tags').expect(429);
    } finally {
      await cms.stop();
    }
  }, 180_000);
});
