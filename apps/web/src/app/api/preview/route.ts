import { verifyPreviewLink } from '@masthead/client/revalidation';
import { draftMode } from 'next/headers';
import { redirect } from 'next/navigation';
import { env } from '@/env';

/**
 * `GET /api/preview?path=…&expires=…&signature=…`: the CMS's Preview button lands here with a link it signed.
 * A valid link turns on draft mode (a cookie for this browser only) and redirects to the page, which then renders
 * the draft; anything else is refused without a redirect, so the route cannot be used to bounce readers elsewhere.
 */
export async function GET(request: Request): Promise<Response> {
  if (!env.REVALIDATE_SECRET || !env.CMS_PREVIEW_TOKEN) return Response.json({ error: 'previews are not configured' }, { status: 404 });
  const verification = verifyPreviewLink(env.REVALIDATE_SECRET, new URL(request.url).searchParams);
  if (!verification.ok) return Response.json({ error: verification.reason }, { status: 401 });
  (await draftMode()).enable();
  redirect(verification.path);
}
