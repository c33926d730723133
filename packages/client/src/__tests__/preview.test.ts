import { randomBytes } from 'node:crypto';
import {
  browserOf,
  createPreviewSessions,
  isPreviewSession,
  PREVIEW_BROWSER_HEADER,
  PREVIEW_LINK_TTL_MS,
  PREVIEW_SESSION_HEADER,
  signPreviewCookie,
  signPreviewLink,
  verifyPreviewCookie,
  verifyPreviewLink,
} from '../preview';

const secret = 'a-long-shared-secret-for-tests';
const now = 1_760_000_000_000;
const session = randomBytes(32).toString('base64url');
const link = { path: '/articles/night-buses', session };

describe('preview links', () => {
  it('verify for the path and session they were signed for, until they expire', () => {
    const query = signPreviewLink(secret, link, now);
    expect(verifyPreviewLink(secret, query, now + 1000)).toEqual({ ok: true, ...link });
    expect(verifyPreviewLink(secret, query, now + PREVIEW_LINK_TTL_MS + 1)).toEqual({ ok: false, reason: 'expired link' });
  });

  it('refuse another path, another session, another secret and a far-future expiry', () => {
    const query = signPreviewLink(secret, link, now);
    const moved = new URLSearchParams(query);
    moved.set('path', '/articles/other');
    expect(verifyPreviewLink(secret, moved, now)).toEqual({ ok: false, reason: 'wrong signature' });
    const swapped = new URLSearchParams(query);
    swapped.set('session', randomBytes(32).toString('base64url'));
    expect(verifyPreviewLink(secret, swapped, now)).toEqual({ ok: false, reason: 'wrong signature' });
    expect(verifyPreviewLink('another-secret', query, now)).toEqual({ ok: false, reason: 'wrong signature' });
    const forever = new URLSearchParams(query);
    forever.set('expires', String(now + 10 * PREVIEW_LINK_TTL_MS));
    expect(verifyPreviewLink(secret, forever, now)).toEqual({ ok: false, reason: 'expired link' });
  });

  it('refuse a link without a well-formed session', () => {
    for (const bad of ['', 'short', `${session}.x`, `${session.slice(1)}=`]) {
      const query = signPreviewLink(secret, { ...link, session: bad }, now);
      expect(verifyPreviewLink(secret, query, now)).toEqual({ ok: false, reason: 'no preview session in the link' });
    }
  });
});

describe('preview cookies', () => {
  const browser = browserOf('Mozilla/5.0 (X11; Linux x86_64) Chrome/156');
  const expires = now + 60_000;
  const cookie = signPreviewCookie(secret, { session, expires, browser });

  it('verify in the browser they were signed for, until they expire', () => {
    expect(verifyPreviewCookie(secret, cookie, browser, now)).toEqual({ ok: true, session, expires });
    expect(verifyPreviewCookie(secret, cookie, browser, expires)).toEqual({ ok: false, reason: 'the preview session expired' });
  });

  it('verify in no other browser, and not with another secret', () => {
    expect(verifyPreviewCookie(secret, cookie, browserOf('curl/8.5'), now)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('another browser'),
    });
    expect(verifyPreviewCookie(secret, cookie, browserOf(undefined), now).ok).toBe(false);
    expect(verifyPreviewCookie('another-secret', cookie, browser, now).ok).toBe(false);
  });

  it('refuse a lengthened expiry and anything malformed', () => {
    const [, , signature] = cookie.split('.');
    expect(verifyPreviewCookie(secret, `${session}.${expires + 3_600_000}.${signature}`, browser, now).ok).toBe(false);
    for (const bad of [
      undefined,
      '',
      session,
      `${session}.${expires}`,
      `${cookie}.x`,
      `x.${expires}.${signature}`,
      `${session}.1e20.${signature}`,
    ]) {
      expect(verifyPreviewCookie(secret, bad, browser, now)).toEqual({ ok: false, reason: 'no preview session' });
    }
  });

  it('tell browsers apart by their User-Agent, and a session from any other text', () => {
    expect(browserOf('a')).not.toBe(browserOf('b'));
    expect(browserOf('a')).toBe(browserOf('a'));
    expect(isPreviewSession(session)).toBe(true);
    expect(isPreviewSession(`${session}x`)).toBe(false);
    expect(isPreviewSession(42)).toBe(false);
  });
});

describe('createPreviewSessions', () => {
  const answer = (status: number, body: unknown) =>
    jest.fn(async (..._args: Parameters<typeof fetch>) => new Response(JSON.stringify(body), { status }));

  it('sends the session, the browser and the token, and reads a live session', async () => {
    const fetch = answer(200, { data: { expires: now } });
    const sessions = createPreviewSessions({ baseUrl: 'http://cms.test/', token: 't'.repeat(32), fetch });
    await expect(sessions.claim(session, 'browser')).resolves.toEqual({ live: true, expires: now });
    const [url, init] = fetch.mock.calls[0];
    expect([url, init?.method]).toEqual(['http://cms.test/api/preview-session', 'POST']);
    expect(init?.headers).toMatchObject({
      Authorization: `Bearer ${'t'.repeat(32)}`,
      [PREVIEW_SESSION_HEADER]: session,
      [PREVIEW_BROWSER_HEADER]: 'browser',
    });
  });

  it('reads a refusal as an ended session with its reason, and anything else as an error', async () => {
    const refused = createPreviewSessions({
      baseUrl: 'http://cms.test',
      token: 't',
      fetch: answer(401, { error: { message: 'the editor signed out' } }),
    });
    await expect(refused.check(session, 'b')).resolves.toEqual({ live: false, reason: 'the editor signed out' });
    const broken = createPreviewSessions({ baseUrl: 'http://cms.test', token: 't', fetch: answer(500, {}) });
    await expect(broken.check(session, 'b')).rejects.toThrow('CMS responded 500');
  });
});
