import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { isSitePath } from './revalidation';

/**
 * Previews, between the CMS and a website (server-side only: Node's crypto).
 *
 * The admin's Preview button asks the CMS for a link; the CMS opens a *preview session* for the editor's admin
 * session and signs a link to the website carrying it. The website's /api/preview claims the session for the browser
 * that opened the link (the CMS refuses a second browser), and keeps it in a cookie it signs, bound to that browser.
 * Every draft read sends the session and the browser to the CMS, which answers drafts only while the session holds:
 * not expired, not revoked (leaving the preview), the editor still signed in to the admin and still active.
 */

/** How long a preview link may wait before it is opened. */
export const PREVIEW_LINK_TTL_MS = 60 * 60 * 1000;
/** How long a preview session lasts from the moment the CMS opens it, however it is used. */
export const PREVIEW_SESSION_TTL_MS = 2 * 60 * 60 * 1000;

/** The website's cookie holding its preview session (draft mode's own cookie only bypasses the cache). */
export const PREVIEW_COOKIE = 'masthead_preview';
/** Headers of a draft read and of the session routes: the session, and the browser it was claimed for. */
export const PREVIEW_SESSION_HEADER = 'x-masthead-preview-session';
export const PREVIEW_BROWSER_HEADER = 'x-masthead-preview-browser';

/** A session is 32 random bytes, base64url: 43 characters, no dots (the cookie joins its parts with dots). */
const SESSION_PATTERN = /^[A-Za-z0-9_-]{43}$/;
export const isPreviewSession = (value: unknown): value is string => typeof value === 'string' && SESSION_PATTERN.test(value);

/** What a browser is known by: a digest of its User-Agent (the CMS stores only this). */
export function browserOf(userAgent: string | null | undefined): string {
  return createHash('sha256')
    .update(`masthead-preview-browser\n${userAgent ?? ''}`)
    .digest('base64url');
}

const hmac = (secret: string, text: string) => createHmac('sha256', secret).update(text).digest('base64url');

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Domain-separated from revalidation signatures and from cookies, so one shared secret signs each for one use. */
const linkSignature = (secret: string, path: string, session: string, expires: number) =>
  hmac(secret, `preview-link\n${expires}\n${session}\n${path}`);

/** The query of a preview link: `?path=…&session=…&expires=…&signature=…`. */
export function signPreviewLink(secret: string, link: { path: string; session: string }, now = Date.now()): URLSearchParams {
  const expires = now + PREVIEW_LINK_TTL_MS;
  return new URLSearchParams({
    path: link.path,
    session: link.session,
    expires: String(expires),
    signature: linkSignature(secret, link.path, link.session, expires),
  });
}

export type PreviewLinkVerification = { ok: true; path: string; session: string } | { ok: false; reason: string };

export function verifyPreviewLink(secret: string, query: URLSearchParams, now = Date.now()): PreviewLinkVerification {
  const path = query.get('path');
  const session = query.get('session');
  const expires = Number(query.get('expires'));
  if (!path || !isSitePath(path)) return { ok: false, reason: 'not a path on this site' };
  if (!isPreviewSession(session)) return { ok: false, reason: 'no preview session in the link' };
  if (!Number.isSafeInteger(expires) || expires < now || expires > now + PREVIEW_LINK_TTL_MS) return { ok: false, reason: 'expired link' };
  if (!sameText(linkSignature(secret, path, session, expires), query.get('signature') ?? ''))
    return { ok: false, reason: 'wrong signature' };
  return { ok: true, path, session };
}

const cookieSignature = (secret: string, session: string, expires: number, browser: string) =>
  hmac(secret, `preview-cookie\n${expires}\n${session}\n${browser}`);

/** The preview cookie's value: `session.expires.signature`, the signature covering the browser it is for. */
export function signPreviewCookie(secret: string, cookie: { session: string; expires: number; browser: string }): string {
  return `${cookie.session}.${cookie.expires}.${cookieSignature(secret, cookie.session, cookie.expires, cookie.browser)}`;
}

export type PreviewCookieVerification = { ok: true; session: string; expires: number } | { ok: false; reason: string };

/** A cookie verifies only in the browser it was signed for, and only until it expires. */
export function verifyPreviewCookie(
  secret: string,
  value: string | undefined,
  browser: string,
  now = Date.now(),
): PreviewCookieVerification {
  const [session, expiresText, signature, ...rest] = (value ?? '').split('.');
  const expires = Number(expiresText);
  if (rest.length > 0 || !isPreviewSession(session) || !/^\d{1,16}$/.test(expiresText ?? '') || !signature)
    return { ok: false, reason: 'no preview session' };
  if (expires <= now) return { ok: false, reason: 'the preview session expired' };
  if (!sameText(cookieSignature(secret, session, expires, browser), signature))
    return { ok: false, reason: 'the preview session belongs to another browser' };
  return { ok: true, session, expires };
}

/** What the CMS says of a session: usable until `expires`, or refused with the reason. */
export type PreviewSessionState = { live: true; expires: number } | { live: false; reason: string };

/**
 * The website's side of the CMS's session routes (`/api/preview-session`), authenticated with the website's token.
 * `claim` binds a fresh session to a browser (again for the same browser: the admin reloads its preview frame);
 * `check` tells whether it still holds; `revoke` ends it.
 */
export function createPreviewSessions(options: { baseUrl: string; token: string; timeoutMs?: number; fetch?: typeof fetch }) {
  const call = async (method: 'GET' | 'POST' | 'DELETE', session: string, browser: string): Promise<PreviewSessionState> => {
    const response = await (options.fetch ?? fetch)(`${options.baseUrl.replace(/\/+$/, '')}/api/preview-session`, {
      method,
      cache: 'no-store',
      signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
      headers: {
        Authorization: `Bearer ${options.token}`,
        Accept: 'application/json',
        [PREVIEW_SESSION_HEADER]: session,
        [PREVIEW_BROWSER_HEADER]: browser,
      },
    });
    if (response.status === 204) return { live: false, reason: 'the preview was left' };
    const body = (await response.json().catch(() => null)) as { data?: { expires?: unknown }; error?: { message?: unknown } } | null;
    if (response.ok && typeof body?.data?.expires === 'number') return { live: true, expires: body.data.expires };
    if (response.status === 401 || response.status === 403)
      return { live: false, reason: String(body?.error?.message ?? 'the preview session is not valid') };
    throw new Error(`CMS responded ${response.status} to ${method} /api/preview-session`);
  };
  return {
    claim: (session: string, browser: string) => call('POST', session, browser),
    check: (session: string, browser: string) => call('GET', session, browser),
    revoke: async (session: string, browser: string) => {
      await call('DELETE', session, browser);
    },
  };
}
