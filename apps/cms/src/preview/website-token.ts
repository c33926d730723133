import { createHash, timingSafeEqual } from 'node:crypto';
import { getEnv } from '../env';

/**
 * The name of the website's API token record (kept by preview-token.ts); the published-only guard lets
 * this token, and no other, read drafts.
 */
export const PREVIEW_TOKEN_NAME = 'Website preview';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Whether a request's Authorization header carries the website's token (MASTHEAD_PREVIEW_TOKEN). Decided from the
 * header and the environment alone — no database read — so the rate limiter and the response cache can tell the
 * website from other callers before Strapi authenticates anyone. The token's record is kept equal to the variable
 * at every start (preview-token.ts). Compared in constant time.
 */
export function createWebsiteTokenCheck(token = getEnv().MASTHEAD_PREVIEW_TOKEN): (authorization: string | undefined) => boolean {
  if (!token) return () => false;
  const expected = digest(`Bearer ${token}`);
  return (authorization) => Boolean(authorization) && timingSafeEqual(digest(authorization!.trim()), expected);
}
