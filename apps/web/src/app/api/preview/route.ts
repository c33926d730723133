import { PREVIEW_LINK_TTL_MS, verifyPreviewLink } from '@masthead/client/revalidation';
import { draftMode } from 'next/headers';
import { redirect } from 'next/navigation';
import { env } from '@/env';
import { createReplayGuard } from '@/lib/replay-guard';

/** Links already opened, for as long as they would be valid. */
const openedLinks = createReplayGuard(PREVIEW_LINK_TTL_MS);

/**
 * `GET /api/preview?path=…&expires=…&signature=…`: the CMS's Preview button lands here with a link it signed.
 * A valid link turns on draft mode (a cookie for this browser only) and redirects to the page, which then renders
 * the draft; anything else is refused without a redirect, so the route cannot be used to bounce readers elsewhere.
 *
 * A link opens one browser: a copy that leaks (history, logs, a forwarded message) opens nothing elsewhere, while
 * the browser that opened it may load it again (the admin reloads its preview frame after each save).
 */
export async function GET(request: Request): Promise<Response> {
  if (!env.REVALIDATE_SECRET || !env.CMS_PREVIEW_TOKEN) return Response.json({ error: 'previews are not configured' }, { status: 404 });
  const query = new URL(request.url).searchParams;
  const verification = verifyPreviewLink(env.REVALIDATE_SECRET, query);
  if (!verification.ok) return Response.json({ error: verification.reason }, { status: 401 });
  const draft = await draftMode();
  if (!openedLinks.firstSight(query.get('signature')!) && !draft.isEnabled) {
    return Response.json({ error: 'this preview link was already opened; open the preview from the admin again' }, { status: 401 });
  }
  draft.enable();
  redirect(verification.path);
}
