import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { checkAfterWrite, publishes } from '../document-middlewares/writes';
import { UID } from '../uids';

/**
 * The issues published inside the current `publishingWithArticles` call, checked once their articles are in. One
 * per process, whichever copy of this module asks: the CMS runs its compiled copy, while a script or test may load
 * the importer from source, and both must see the same scope.
 */
const SCOPE_KEY = Symbol.for('masthead.issues-going-live-with-articles');
const goingLiveTogether: AsyncLocalStorage<Set<string>> = ((globalThis as Record<symbol, unknown>)[SCOPE_KEY] ??= new AsyncLocalStorage<
  Set<string>
>()) as AsyncLocalStorage<Set<string>>;

/**
 * An issue goes live with its articles, never as an empty shell: the newest published issue is the website's front
 * page, so publishing one with nothing in it would put an empty issue there. However an issue is published — the
 * admin's Publish button, REST, the importer — it must have a published article once the write is done.
 *
 * Publishing an issue and then its articles (an issue's release, the importer's back issues, the sample) happens
 * inside `publishingWithArticles`, which checks at its end instead, before its transaction commits.
 */
export function issueGoesLiveWithArticles(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.uid !== UID.issue || !publishes(context)) return next();
    const together = goingLiveTogether.getStore();
    return checkAfterWrite(strapi, context, next, async (documentId) => {
      if (together) together.add(documentId);
      else await assertIssueHasArticles(strapi, documentId);
    });
  };
}

/**
 * Runs `publish` — which publishes issues and then their articles — in one transaction, and refuses it all (rolling
 * it back) if an issue it published is left without a published article.
 */
export async function publishingWithArticles<T>(strapi: Core.Strapi, publish: () => Promise<T>): Promise<T> {
  return strapi.db.transaction(async () => {
    const published = new Set<string>();
    const result = await goingLiveTogether.run(published, publish);
    for (const documentId of published) await assertIssueHasArticles(strapi, documentId);
    return result;
  });
}

async function assertIssueHasArticles(strapi: Core.Strapi, documentId: string): Promise<void> {
  const liveArticles = await strapi.db
    .query(UID.article)
    .count({ where: { publishedAt: { $notNull: true }, issue: { documentId, publishedAt: { $notNull: true } } } });
  if (liveArticles > 0) return;
  const issue = await strapi.db.query(UID.issue).findOne({ where: { documentId, publishedAt: null }, select: ['label'] });
  throw new errors.ValidationError(
    `${issue?.label ?? 'This issue'} can’t go live without its articles: tick the ones that go out with it (in its Table of contents, or “Release with the issue” on each article), then publish the issue with them or set its release time.`,
  );
}
