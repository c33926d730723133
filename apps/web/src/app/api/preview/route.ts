import { verifyPreviewLink } from '@masthead/client/preview';
import { draftMode } from 'next/headers';
import { redirect } from 'next/navigation';
import { env } from '@/env';
import { previewsConfigured, startPreview } from '@/lib/preview/session';

/**
 * `GET /api/preview?path=…&session=…&expires=…&signature=…`: the CMS's Preview button lands here with a link it
 * signed, carrying a preview session it opened for the editor. A valid link claims that session for this browser
 * (the CMS refuses every other browser: a copy of the link that leaks opens nothing elsewhere, while this browser
 * may load it again — the admin reloads its preview frame after each save), keeps it in a signed cookie bound to
 * this browser, turns on draft mode (the cache bypass) and redirects to the page. Anything else is refused without
 * a redirect, so the route cannot be used to bounce readers elsewhere.
 */
export async function GET(request: Request): Promise<Response> {
  if (!previewsConfigured()) return Response.json({ error: 'previews are not configured' }, { status: 404 });
  const verification = verifyPreviewLink(env.REVALIDATE_SECRET!, new URL(request.url).searchParams);
  if (!verification.ok) return Response.json({ error: verification.reason }, { status: 401 });
  const refused = await startPreview(verification.session, request);
  if (refused) return Response.json({ error: `${refused}: open the preview from the admin again` }, { status: 401 });
  (await draftMode()).enable();
  redirect(verification.path);
}
