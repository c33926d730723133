import { isSitePath } from '@masthead/client/revalidation';
import { draftMode } from 'next/headers';
import { redirect } from 'next/navigation';

/** `GET /api/preview/exit?path=…`: back to what readers see. */
export async function GET(request: Request): Promise<Response> {
  (await draftMode()).disable();
  const path = new URL(request.url).searchParams.get('path');
  redirect(path && isSitePath(path) ? path : '/');
}
