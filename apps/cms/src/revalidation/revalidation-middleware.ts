import type { Core, Modules } from '@strapi/strapi';
import { paramsOf, publishes, sendsData, writtenDocumentId, type Context } from '../document-middlewares/writes';
import { UID } from '../uids';
import {
  articleRevalidation,
  issueRevalidation,
  publicationRevalidation,
  termRevalidation,
  type Revalidation,
  type TermKind,
} from './affected-tags';
import type { Notifier } from './notifier';
import { articleView, issueView, termView } from './public-views';

const TERMS: Record<string, TermKind> = {
  [UID.volume]: 'volume',
  [UID.author]: 'author',
  [UID.source]: 'source',
  [UID.section]: 'section',
  [UID.tag]: 'tag',
};

/** Actions that can change what readers see; saving a draft of an article or issue cannot. */
function changesPublicContent(context: Context, draftAndPublish: boolean): boolean {
  if (publishes(context) || context.action === 'unpublish' || context.action === 'delete') return true;
  return sendsData(context) && !draftAndPublish;
}

/**
 * After a change that readers can see commits, tells the website exactly which pages to rebuild: what the site
 * showed of the document before the change and what it shows after (see affected-tags.ts).
 */
export function revalidationMiddleware(strapi: Core.Strapi, notifier: Notifier): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const track = tracker(strapi, context.uid);
    if (!track || !changesPublicContent(context, context.uid === UID.article || context.uid === UID.issue)) return next();

    return strapi.db.transaction(async ({ onCommit }) => {
      const given = paramsOf(context).documentId;
      const afterChange = await track(given);
      const result = await next();
      const documentId = writtenDocumentId(context, result);
      const revalidation = await afterChange(context.action === 'delete' ? undefined : documentId);
      // After the outermost transaction commits: the website must not re-read the CMS before the change is visible.
      onCommit(() => void notifier.notify(`${context.uid}.${context.action}`, revalidation));
      return result;
    });
  };
}

/** Reads the public view before a change; the function it returns reads it after and names what to revalidate. */
type Tracker = (documentId: string | undefined) => Promise<(documentId: string | undefined) => Promise<Revalidation>>;

function track<View>(
  read: (documentId: string) => Promise<View | null>,
  affected: (before: View | null, after: View | null) => Revalidation,
): Tracker {
  return async (given) => {
    const before = given ? await read(given) : null;
    return async (documentId) => affected(before, documentId ? await read(documentId) : null);
  };
}

function tracker(strapi: Core.Strapi, uid: string): Tracker | null {
  if (uid === UID.article) return track((id) => articleView(strapi, id), articleRevalidation);
  if (uid === UID.issue) return track((id) => issueView(strapi, id), issueRevalidation);
  if (uid === UID.publication) return async () => async () => publicationRevalidation();
  const kind = TERMS[uid];
  return kind
    ? track(
        (id) => termView(strapi, kind, id),
        (before, after) => termRevalidation(kind, before, after),
      )
    : null;
}
