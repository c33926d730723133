import {
  browserOf,
  PREVIEW_BROWSER_HEADER,
  PREVIEW_COOKIE,
  PREVIEW_SESSION_HEADER,
  signPreviewCookie,
  verifyPreviewCookie,
} from '@masthead/client/preview';
import { cookies, draftMode, headers } from 'next/headers';
import { cache } from 'react';
import { env } from '@/env';
import { cmsPreviewSessions } from '@/lib/cms/preview-sessions';

/**
 * The website's half of preview sessions (see @masthead/client/preview). Draft mode only makes Next render per
 * request instead of from the cache; what lets a request read drafts is the preview cookie — signed here, bound to
 * the browser that opened the admin's link — and the CMS's word that its session still holds, asked on every
 * previewed page.
 */
const sessions = cmsPreviewSessions && env.REVALIDATE_SECRET ? { secret: env.REVALIDATE_SECRET, cms: cmsPreviewSessions } : null;

export const previewsConfigured = () => sessions !== null;

/** Where a page render stands: no preview; a live one (with what a draft read sends); or one that ended, and why. */
export type PreviewState = { kind: 'off' } | { kind: 'live'; headers: Record<string, string> } | { kind: 'ended'; reason: string };

/** The browser a request comes from, as preview sessions know it. */
export const browserOfRequest = (requestHeaders: Headers) => browserOf(requestHeaders.get('user-agent'));

/** This request's preview, asked of the CMS once per render (React's cache) and only in draft mode. */
export const previewState = cache(async (): Promise<PreviewState> => {
  if (!sessions || !(await draftMode()).isEnabled) return { kind: 'off' };
  const browser = browserOfRequest(await headers());
  const cookie = verifyPreviewCookie(sessions.secret, (await cookies()).get(PREVIEW_COOKIE)?.value, browser);
  if (!cookie.ok) return { kind: 'ended', reason: cookie.reason };
  try {
    const state = await sessions.cms.check(cookie.session, browser);
    if (!state.live) return { kind: 'ended', reason: state.reason };
  } catch (error) {
    console.error('The preview session could not be checked with the CMS:', error);
    return { kind: 'ended', reason: 'the CMS could not be asked whether the preview still holds' };
  }
  return { kind: 'live', headers: { [PREVIEW_SESSION_HEADER]: cookie.session, [PREVIEW_BROWSER_HEADER]: browser } };
});

const cookieOptions = (expires: number) => ({
  httpOnly: true,
  path: '/',
  expires: new Date(expires),
  // The admin frames previews from its own origin: a framed page's cookie must be SameSite=None, hence Secure.
  ...(env.NODE_ENV === 'development' ? { sameSite: 'lax' as const } : { sameSite: 'none' as const, secure: true }),
});

/**
 * Claims the session of a verified preview link for the browser of `request` and keeps it in the cookie; an earlier
 * session of this browser is left. Resolves the CMS's refusal (the link was opened in another browser, the editor
 * signed out…) or `null` once the cookie is set.
 */
export async function startPreview(session: string, request: Request): Promise<string | null> {
  if (!sessions) return 'previews are not configured';
  const browser = browserOfRequest(request.headers);
  const state = await sessions.cms.claim(session, browser);
  if (!state.live) return state.reason;
  const jar = await cookies();
  const earlier = verifyPreviewCookie(sessions.secret, jar.get(PREVIEW_COOKIE)?.value, browser);
  if (earlier.ok && earlier.session !== session) await leave(earlier.session, browser);
  jar.set(PREVIEW_COOKIE, signPreviewCookie(sessions.secret, { session, expires: state.expires, browser }), cookieOptions(state.expires));
  return null;
}

/** Ends this browser's preview: the CMS revokes its session (if it can be reached), and the cookie goes. */
export async function endPreview(request: Request): Promise<void> {
  const jar = await cookies();
  if (sessions) {
    const browser = browserOfRequest(request.headers);
    const cookie = verifyPreviewCookie(sessions.secret, jar.get(PREVIEW_COOKIE)?.value, browser);
    if (cookie.ok) await leave(cookie.session, browser);
  }
  jar.delete({ name: PREVIEW_COOKIE, path: '/' });
}

async function leave(session: string, browser: string): Promise<void> {
  try {
    await sessions!.cms.revoke(session, browser);
  } catch (error) {
    // The session still ends when it expires; the cookie is gone either way.
    console.error('The CMS could not be told that a preview was left:', error);
  }
}
