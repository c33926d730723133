import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { releaseIssue } from '../publishing/issue-release';
import { UID } from '../uids';

type Due = { documentId: string; title: string | null; at: Date; kind: 'publish' | 'unpublish' | 'release' };

export interface ScheduleOutcome {
  published: string[];
  unpublished: string[];
  released: string[];
  failed: Array<{ documentId: string; reason: string }>;
}

/**
 * Carries out every schedule whose time has come, oldest first: article publications and unpublications and issue
 * releases. Schedules live on the draft, where editors set them; each is cleared in the same transaction that
 * carries it out, so a run that dies half-way repeats nothing that completed and loses nothing that did not.
 *
 * An item that fails the publish check stays unpublished: its time is cleared (it must not retry every second)
 * and the reason is written to its `scheduleError`, which the admin shows, and to the log.
 */
export async function runDueSchedules(strapi: Core.Strapi, now = new Date()): Promise<ScheduleOutcome> {
  const outcome: ScheduleOutcome = { published: [], unpublished: [], released: [], failed: [] };
  for (const item of await findDue(strapi, now)) {
    try {
      if (item.kind === 'release') await releaseIssue(strapi, item.documentId);
      else if (item.kind === 'publish') await publishArticle(strapi, item.documentId);
      else await unpublishArticle(strapi, item.documentId);
      await recordDone(strapi, item);
      outcome[item.kind === 'release' ? 'released' : item.kind === 'publish' ? 'published' : 'unpublished'].push(item.documentId);
    } catch (error) {
      if (!(error instanceof errors.ApplicationError)) throw error;
      const reason = `${describe(item)} did not happen: ${error.message}`;
      await strapi.db.query(item.kind === 'release' ? UID.issue : UID.article).updateMany({
        where: { documentId: item.documentId, publishedAt: null },
        data: { [timeField(item.kind)]: null, scheduleError: reason },
      });
      strapi.log.warn(`Scheduler: ${reason}`);
      outcome.failed.push({ documentId: item.documentId, reason });
    }
  }
  return outcome;
}

async function findDue(strapi: Core.Strapi, now: Date): Promise<Due[]> {
  const drafts = (uid: typeof UID.article | typeof UID.issue, field: string) =>
    strapi.db.query(uid).findMany({
      where: { publishedAt: null, [field]: { $lte: now } },
      select: ['documentId', uid === UID.article ? 'title' : 'label', field],
    }) as Promise<Array<Record<string, string | null>>>;

  const [publish, unpublish, release] = await Promise.all([
    drafts(UID.article, 'publishAt'),
    drafts(UID.article, 'unpublishAt'),
    drafts(UID.issue, 'releaseAt'),
  ]);
  const due = (rows: Array<Record<string, string | null>>, kind: Due['kind']): Due[] =>
    rows.map((row) => ({ documentId: row.documentId!, title: row.title ?? row.label ?? null, at: new Date(row[timeField(kind)]!), kind }));
  return [...due(release, 'release'), ...due(publish, 'publish'), ...due(unpublish, 'unpublish')].sort(
    (a, b) => a.at.getTime() - b.at.getTime(),
  );
}

/** What the schedule panel says afterwards: "Published by schedule at 07:00", kept on the draft until a new schedule. */
export interface ScheduleDone {
  kind: Due['kind'];
  /** The scheduled time that was carried out (ISO). */
  at: string;
}

async function recordDone(strapi: Core.Strapi, item: Due): Promise<void> {
  const scheduleDone: ScheduleDone = { kind: item.kind, at: item.at.toISOString() };
  await strapi.db
    .query(item.kind === 'release' ? UID.issue : UID.article)
    .updateMany({ where: { documentId: item.documentId, publishedAt: null }, data: { scheduleDone } });
}

function timeField(kind: Due['kind']): 'publishAt' | 'unpublishAt' | 'releaseAt' {
  return kind === 'release' ? 'releaseAt' : kind === 'publish' ? 'publishAt' : 'unpublishAt';
}

function describe(item: Due): string {
  const what =
    item.kind === 'release'
      ? 'The release of'
      : item.kind === 'publish'
        ? 'The scheduled publication of'
        : 'The scheduled unpublication of';
  return `${what} ${item.title ? `“${item.title}”` : item.documentId} at ${item.at.toISOString()}`;
}

async function publishArticle(strapi: Core.Strapi, documentId: string): Promise<void> {
  await strapi.db.transaction(async () => {
    // Cleared before publishing, so the published copy of the draft carries no schedule.
    await strapi.db.query(UID.article).updateMany({ where: { documentId }, data: { publishAt: null, scheduleError: null } });
    await strapi.documents(UID.article).publish({ documentId });
  });
}

async function unpublishArticle(strapi: Core.Strapi, documentId: string): Promise<void> {
  await strapi.db.transaction(async () => {
    await strapi.db.query(UID.article).updateMany({ where: { documentId }, data: { unpublishAt: null, scheduleError: null } });
    await strapi.documents(UID.article).unpublish({ documentId });
  });
}
