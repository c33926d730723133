import type { Core, Modules } from '@strapi/strapi';
import { articleRevalidation, issueRevalidation, termRevalidation, type Revalidation, type TermKind } from './affected-tags';
import type { Notifier } from './notifier';
import { articleView, issueView, termView } from './public-views';

const TERMS: Record<string, TermKind> = {
  'api::volume.volume': 'volume',
  'api::author.author': 'author',
  'api::source.source': 'source',
  'api::section.section': 'section',
  'api::tag.tag': 'tag',
};

/** Actions that can change what readers see; saving a draft of an article or issue cannot. */
function changesPublicContent(context: Modules.Documents.Middleware.Context, draftAndPublish: boolean): boolean {
  const { action } = context;
  if (action === 'publish' || action === 'unpublish' || action === 'delete') return true;
  if (action !== 'create' && action !== 'update') return false;
  return !draftAndPublish || (context.params as { status?: string }).status === 'published';
}

/**
 * After a change that readers can see commits, tells the website exactly which pages to rebuild: what the site
 * showed of the document before the change and what it shows after (see affected-tags.ts).
 */
export function revalidationMiddleware(strapi: Core.Strapi, notifier: Notifier): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const track = tracker(strapi, context.uid);
    if (!track || !changesPublicContent(context, context.uid === 'api::article.article' || context.uid === 'api::issue.issue')) return next();

    return strapi.db.transaction(async ({ onCommit }) => {
      const given = (context.params as { documentId?: string }).documentId;
      const afterChange = await track(given);
      const result = await next();
      const documentId = given ?? (result as { documentId?: string } | null)?.documentId;
      const revalidation = await afterChange(context.action === 'delete' ? undefined : documentId);
      // After the outermost transaction commits: the website must not re-read the CMS before the change is visible.
      onCommit(() => void notifier.notify(`${context.uid}.${context.action}`, revalidation));
      return result;
    });
  };
}

/** Reads the public view before a change; the function it returns reads it after and names what to revalidate. */
type Tracker = (documentId: string | undefined) => Promise<(documentId: string | undefined) => Promise<Revalidation>>;

function track<View>(read: (documentId: string) => Promise<View | null>, affected: (before: View | null, after: View | null) => Revalidation): Tracker {
  return async (given) => {
    const before = given ? await read(given) : null;
    return async (documentId) => affected(before, documentId ? await read(documentId) : null);
  };
}

function tracker(strapi: Core.Strapi, uid: string): Tracker | null {
  if (uid === 'api::article.article') return track((id) => articleView(strapi, id), articleRevalidation);
  if (uid === 'api::issue.issue') return track((id) => issueView(strapi, id), issueRevalidation);
  const kind = TERMS[uid];
  return kind ? track((id) => termView(strapi, kind, id), (before, after) => termRevalidation(kind, before, after)) : null;
}
