import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/**
 * The request the CMS sends a website that caches what it read, after a change commits, and its HMAC signature.
 * Server-side only (Node's crypto). The tags it names are in ./cache-tags (re-exported here, as before), preview
 * links and sessions in ./preview.
 */
export { cacheTags } from './cache-tags';

export const SIGNATURE_HEADER = 'x-masthead-signature';
export const TIMESTAMP_HEADER = 'x-masthead-timestamp';
/** Requests older (or further in the future) than this are refused, and ids are remembered this long. */
export const MAX_REQUEST_AGE_MS = 5 * 60 * 1000;

export const revalidationRequestSchema = z.object({
  /** Unique per change; a website refuses an id it has seen (replay). */
  id: z.string().min(8).max(100),
  /** What happened, for logs: "api::article.article.publish". */
  event: z.string().max(200),
  tags: z.array(z.string().min(1).max(300)).max(1000),
  /** Paths whose pages must be rebuilt besides the tags, e.g. an article's old URL after a slug change. */
  paths: z.array(z.string().startsWith('/').max(500)).max(100),
});

export type RevalidationRequest = z.infer<typeof revalidationRequestSchema>;

/** `sha256=<hex>` of HMAC-SHA256(secret, `${timestamp}.${body}`): the timestamp is signed with the body. */
export function signRevalidation(secret: string, body: string, timestamp: number): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export type Verification = { ok: true; request: RevalidationRequest } | { ok: false; reason: string };

/**
 * Checks a revalidation request: signature (constant-time), age within `MAX_REQUEST_AGE_MS`, body shape. Replays
 * are the caller's to refuse, by the returned `request.id`.
 */
export function verifyRevalidation(input: {
  secret: string;
  body: string;
  timestamp: string | null;
  signature: string | null;
  now?: number;
}): Verification {
  if (!input.signature || !input.timestamp) return { ok: false, reason: 'missing signature or timestamp' };
  if (!/^\d{1,16}$/.test(input.timestamp)) return { ok: false, reason: 'malformed timestamp' };
  const timestamp = Number(input.timestamp);
  if (Math.abs((input.now ?? Date.now()) - timestamp) > MAX_REQUEST_AGE_MS) return { ok: false, reason: 'stale timestamp' };

  const expected = Buffer.from(signRevalidation(input.secret, input.body, timestamp));
  const given = Buffer.from(input.signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'wrong signature' };

  let json: unknown;
  try {
    json = JSON.parse(input.body);
  } catch {
    return { ok: false, reason: 'body is not JSON' };
  }
  const parsed = revalidationRequestSchema.safeParse(json);
  return parsed.success ? { ok: true, request: parsed.data } : { ok: false, reason: 'body does not match the schema' };
}

/** Only a site-relative path may be previewed or redirected to: `/articles/x`, never `//evil.example` or `https://…`. */
export function isSitePath(path: string): boolean {
  return /^\/(?![/\\])[^\s]*$/.test(path);
}
