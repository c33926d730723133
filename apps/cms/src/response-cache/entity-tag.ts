import { createHash } from 'node:crypto';
import type { CacheVersion } from './generation';

/**
 * Readers' answers may be kept by any cache, but only used after asking whether they are still current (a publish
 * must show at once); token holders' answers are theirs alone.
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, must-revalidate';
export const PRIVATE_CACHE_CONTROL = 'private, no-cache';

/**
 * The ETag of a public API answer: the cache version it was computed under, the request URL and who asked (a
 * token holder's drafts are not a reader's page). Costs no extra work, since every request reads the version
 * first, and can never match across a committed change, which moves the version on. Weak, because the same
 * answer is sent as br, gzip or identity.
 */
export function entityTag(version: CacheVersion, url: string, authorization: string): string {
  const digest = createHash('sha256').update(`${version.epoch}\n${version.generation}\n${url}\n${authorization}`).digest('base64url');
  return `W/"${digest.slice(0, 27)}"`;
}

/**
 * Whether an If-None-Match header names `tag` (weak comparison, as RFC 9110 asks for GET). `*` is no match: a
 * reader's 304 is given before Strapi is asked whether the URL exists at all.
 */
export function matchesIfNoneMatch(header: string | undefined, tag: string): boolean {
  if (!header) return false;
  const opaque = (value: string) => value.trim().replace(/^W\//, '');
  return header.split(',').some((candidate) => opaque(candidate) === opaque(tag));
}
