import type { Core } from '@strapi/strapi';
import { onBrowsersLoopbackName } from '@masthead/client/loopback';
import { signPreviewLink } from '@masthead/client/preview';
import { sitePaths } from '@masthead/client/site-paths';
import { UID } from '../uids';
import { previewSessionsOf, type EditorSession } from './preview-sessions';

/**
 * Where the admin's Preview button opens a draft: the website's `/api/preview` with a signed, expiring link to the
 * document's page carrying a new preview session of the editor who asked (see preview-sessions.ts); the website
 * claims it for the browser that opens the link and redirects to the page. `null` for types without a page of their
 * own, and outside an editor's admin session (nobody to preview for).
 */
export async function previewUrl(
  strapi: Core.Strapi,
  site: { webUrl: string; secret: string },
  uid: string,
  documentId: string,
): Promise<string | null> {
  const editor = editorOfRequest(strapi);
  if (!editor) return null;
  const path = await pagePath(strapi, uid, documentId);
  if (!path) return null;
  const { session } = await previewSessionsOf(strapi).open(editor);
  // The admin frames the preview: on a developer's machine the site must answer on the loopback name the admin is
  // open on, or its preview cookie is a third-party cookie there and the frame shows nothing.
  const previewRoute = onBrowsersLoopbackName(
    new URL('/api/preview', site.webUrl).toString(),
    strapi.requestContext.get()?.request.hostname,
  );
  return `${previewRoute}?${signPreviewLink(site.secret, { path, session }).toString()}`;
}

/** The signed-in editor and admin session of the request being served (Strapi's admin strategy sets both). */
function editorOfRequest(strapi: Core.Strapi): EditorSession | null {
  const state = strapi.requestContext.get()?.state as { user?: { id?: unknown }; session?: { id?: unknown } } | undefined;
  const userId = state?.user?.id;
  const adminSessionId = state?.session?.id;
  return typeof userId === 'number' && typeof adminSessionId === 'string' ? { userId, adminSessionId } : null;
}

/** The types whose page is found by their slug alone. */
const SLUGGED_PAGES: Record<string, (slug: string) => string> = {
  [UID.author]: sitePaths.author,
  [UID.source]: sitePaths.source,
  [UID.section]: sitePaths.section,
  [UID.tag]: sitePaths.tag,
};

async function pagePath(strapi: Core.Strapi, uid: string, documentId: string): Promise<string | null> {
  if (uid === UID.article) {
    const draft = await strapi.db.query(uid).findOne({ where: { documentId, publishedAt: null }, select: ['slug'] });
    return draft?.slug ? sitePaths.article(draft.slug) : null;
  }
  if (uid === UID.issue) {
    const draft = await strapi.db
      .query(uid)
      .findOne({ where: { documentId, publishedAt: null }, select: ['number'], populate: { volume: { select: ['number'] } } });
    return draft?.volume ? sitePaths.issue(draft.volume.number, draft.number) : null;
  }
  const pageOf = SLUGGED_PAGES[uid];
  if (pageOf) {
    const row = await strapi.db.query(uid as typeof UID.author).findOne({ where: { documentId }, select: ['slug'] });
    return row?.slug ? pageOf(row.slug) : null;
  }
  return null;
}
