import { cacheTags, isSitePath, MAX_REQUEST_AGE_MS, signRevalidation, verifyRevalidation } from '../revalidation';

const secret = 'a-long-shared-secret-for-tests';
const now = 1_760_000_000_000;
const body = JSON.stringify({
  id: 'change-0001',
  event: 'api::article.article.publish',
  tags: [cacheTags.article('night-buses'), cacheTags.articles],
  paths: [],
});
const signed = (overrides: Partial<{ body: string; timestamp: string | null; signature: string | null; secret: string }> = {}) => ({
  secret,
  body,
  timestamp: String(now),
  signature: signRevalidation(secret, body, now),
  now,
  ...overrides,
});

describe('verifyRevalidation', () => {
  it('accepts a request signed with the secret and returns it parsed', () => {
    expect(verifyRevalidation(signed())).toEqual({ ok: true, request: JSON.parse(body) });
  });

  it.each<[string, Parameters<typeof signed>[0], string]>([
    ['no signature', { signature: null }, 'missing signature or timestamp'],
    ['no timestamp', { timestamp: null }, 'missing signature or timestamp'],
    ['a malformed timestamp', { timestamp: '12e9' }, 'malformed timestamp'],
    ['a stale timestamp', { timestamp: String(now - MAX_REQUEST_AGE_MS - 1) }, 'stale timestamp'],
    ['a timestamp from the future', { timestamp: String(now + MAX_REQUEST_AGE_MS + 1) }, 'stale timestamp'],
    ['another secret', { signature: signRevalidation('another-secret', body, now) }, 'wrong signature'],
    ['a tampered body', { body: body.replace('night-buses', 'other') }, 'wrong signature'],
    ['a re-dated request (timestamp is signed)', { timestamp: String(now + 1000) }, 'wrong signature'],
    ['a truncated signature', { signature: signRevalidation(secret, body, now).slice(0, 20) }, 'wrong signature'],
  ])('refuses %s', (_case, overrides, reason) => {
    expect(verifyRevalidation(signed(overrides))).toEqual({ ok: false, reason });
  });

  it('refuses a correctly signed body that is not a revalidation request', () => {
    const other = JSON.stringify({ id: 'x', tags: 'all' });
    expect(verifyRevalidation(signed({ body: other, signature: signRevalidation(secret, other, now) }))).toEqual({
      ok: false,
      reason: 'body does not match the schema',
    });
  });
});

describe('site paths', () => {
  it.each([
    ['/articles/night-buses', true],
    ['/', true],
    ['//evil.example/path', false],
    ['/\\evil.example', false],
    ['https://evil.example', false],
    ['articles/x', false],
    ['/a b', false],
  ])('accept only site paths: %j → %j', (path, ok) => {
    expect(isSitePath(path)).toBe(ok);
  });
});
