import { MAX_REQUEST_AGE_MS, SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyRevalidation } from '@masthead/client/revalidation';
import { revalidatePath, revalidateTag } from 'next/cache';
import { env } from '@/env';
import { BodyTooLargeError, readBoundedText } from '@/lib/http/bounded-body';
import { createReplayGuard } from '@/lib/replay-guard';

/**
 * `POST /api/revalidate`: the CMS names the cache tags (and paths) a committed change made stale; each is expired
 * at once, so the next reader gets the new page (an unpublished article must disappear, not linger for one more
 * visit). Requests must be signed with REVALIDATE_SECRET, fresh, and not seen before.
 */
const replays = createReplayGuard(2 * MAX_REQUEST_AGE_MS);
const MAX_BODY_BYTES = 256 * 1024;

export async function POST(request: Request): Promise<Response> {
  if (!env.REVALIDATE_SECRET) return Response.json({ error: 'revalidation is not configured' }, { status: 404 });

  let body: string;
  try {
    body = await readBoundedText(request, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError)
      return Response.json({ error: `body too large: at most ${MAX_BODY_BYTES} bytes` }, { status: 413 });
    throw error;
  }

  const verification = verifyRevalidation({
    secret: env.REVALIDATE_SECRET,
    body,
    timestamp: request.headers.get(TIMESTAMP_HEADER),
    signature: request.headers.get(SIGNATURE_HEADER),
  });
  if (!verification.ok) return Response.json({ error: verification.reason }, { status: 401 });

  const { id, tags, paths } = verification.request;
  if (!replays.firstSight(id)) return Response.json({ error: 'already processed' }, { status: 409 });

  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  for (const path of paths) revalidatePath(path);
  return Response.json({ revalidated: { tags: tags.length, paths: paths.length } });
}
