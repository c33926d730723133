import { isSitePath } from '@masthead/client/revalidation';
import { sitePaths } from '@masthead/client/site-paths';
import { draftMode } from 'next/headers';
import { redirect } from 'next/navigation';
import { endPreview } from '@/lib/preview/session';

/** `GET /api/preview/exit?path=…`: back to what readers see; the preview session ends for good. */
export async function GET(request: Request): Promise<Response> {
  await endPreview(request);
  (await draftMode()).disable();
  const path = new URL(request.url).searchParams.get('path');
  redirect(path && isSitePath(path) ? path : sitePaths.home);
}
