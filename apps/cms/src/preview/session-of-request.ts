import { isPreviewSession, PREVIEW_BROWSER_HEADER, PREVIEW_SESSION_HEADER } from '@masthead/client/preview';
import type { Core } from '@strapi/strapi';

type Context = Parameters<Core.MiddlewareHandler>[0];

/** A digest from @masthead/client/preview's browserOf: 32 bytes, base64url. */
const BROWSER_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The preview session and browser a request names in its headers, or `null` when either is missing or malformed:
 * a draft read and the session routes alike need both.
 */
export function sessionOfRequest(ctx: Context): { session: string; browser: string } | null {
  const session = ctx.get(PREVIEW_SESSION_HEADER);
  const browser = ctx.get(PREVIEW_BROWSER_HEADER);
  return isPreviewSession(session) && BROWSER_PATTERN.test(browser) ? { session, browser } : null;
}

export const MISSING_SESSION = `send ${PREVIEW_SESSION_HEADER} and ${PREVIEW_BROWSER_HEADER} as the website does`;

/**
 * Answers a refused preview request: 401 (or 403 for a caller who is not the website) with the reason, in Strapi's
 * error shape. Set here rather than thrown: Strapi's route runner replaces the message of any 401 or 403 thrown
 * after authentication with a bare "Unauthorized", and the website shows the editor why the preview ended.
 */
export function refusePreview(ctx: Context, message: string, status: 401 | 403 = 401): void {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  ctx.body = { data: null, error: { status, name: status === 401 ? 'UnauthorizedError' : 'ForbiddenError', message, details: {} } };
}
