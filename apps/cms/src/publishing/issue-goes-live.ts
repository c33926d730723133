import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { checkAfterWrite, paramsOf, publishes } from '../document-middlewares/writes';
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
 * The other way an issue becomes an empty shell: its last live article leaves it — unpublished, deleted, or
 * published again into another issue — while the issue stays live. Refused, with what to do instead; the
 * scheduler's unpublish is refused the same way and its Schedule panel says why.
 */
export function liveIssuesKeepAnArticle(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const leaves = context.action === 'unpublish' || context.action === 'delete' || publishes(context);
    const documentId = paramsOf(context).documentId;
    if (context.uid !== UID.article || !leaves || !documentId) return next();
    const live = (await strapi.db.query(UID.article).findOne({
      where: { documentId, publishedAt: { $notNull: true } },
      select: ['title'],
      populate: { issue: { select: ['documentId'] } },
    })) as { title: string; issue: { documentId: string } | null } | null;
    const issue = live?.issue?.documentId;
    if (!issue) return next();
    return strapi.db.transaction(async () => {
      const result = await next();
      const [issueLive, articlesLeft] = await Promise.all([
        strapi.db.query(UID.issue).count({ where: { documentId: issue, publishedAt: { $notNull: true } } }),
        liveArticlesOf(strapi, issue),
      ]);
      if (issueLive > 0 && articlesLeft === 0) {
        const label = await issueLabelOf(strapi, issue);
        throw new errors.ValidationError(
          `“${live!.title}” is the last live article of ${label}: without it readers would find the issue empty. Publish another of its articles first, or unpublish the issue.`,
        );
      }
      return result;
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

function liveArticlesOf(strapi: Core.Strapi, issueDocumentId: string): Promise<number> {
  return strapi.db
    .query(UID.article)
    .count({ where: { publishedAt: { $notNull: true }, issue: { documentId: issueDocumentId, publishedAt: { $notNull: true } } } });
}

async function issueLabelOf(strapi: Core.Strapi, documentId: string): Promise<string> {
  const issue = await strapi.db.query(UID.issue).findOne({ where: { documentId, publishedAt: null }, select: ['label'] });
  return issue?.label ?? 'its issue';
}

async function assertIssueHasArticles(strapi: Core.Strapi, documentId: string): Promise<void> {
  if ((await liveArticlesOf(strapi, documentId)) > 0) return;
  throw new errors.ValidationError(
    `${await issueLabelOf(strapi, documentId)} can’t go live without its articles: tick the ones that go out with it (in its Table of contents, or “Goes out with the issue” in each article’s Schedule panel), then publish the issue with them or set its release time.`,
  );
}
