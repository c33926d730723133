import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { sendsData } from '../document-middlewares/writes';
import { articlesReadyToRelease } from '../publishing/issue-release';
import { UID } from '../uids';

type Times = { publishAt?: string | Date | null; unpublishAt?: string | Date | null; releaseAt?: string | Date | null };

const SCHEDULED = new Map<string, (keyof Times)[]>([
  [UID.article, ['publishAt', 'unpublishAt']],
  [UID.issue, ['releaseAt']],
]);

/**
 * Keeps schedules coherent as editors change them: a time picked in the admin means its whole minute, a newly set
 * time must still be ahead, setting or changing a time clears the report of an earlier failed run, an unpublish time
 * must come after the publish time, and publishing by hand supersedes a pending publish time (the editor did not
 * wait for it).
 */
export function scheduleFields(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const fields = SCHEDULED.get(context.uid);
    if (!fields) return next();
    const params = context.params as { documentId?: string; data?: Times & { scheduleError?: string | null } };

    if (sendsData(context) && params.data) {
      const data = params.data;
      if (isAdminEdit(strapi)) truncateToMinute(data, fields);
      // A new schedule replaces the report of the last one, failed or done.
      if (fields.some((field) => field in data)) data.scheduleError = null;
      if (fields.some((field) => data[field])) (data as { scheduleDone?: null }).scheduleDone = null;
      await assertScheduleTimes(strapi, context.uid, params.documentId, data, fields);
    }

    if (context.action === 'publish' && params.documentId && context.uid === UID.article) {
      await strapi.db.query(context.uid).updateMany({
        where: { documentId: params.documentId, publishedAt: null },
        data: { publishAt: null, scheduleError: null, scheduleDone: null },
      });
    }
    return next();
  };
}

/**
 * A release is scheduled only as it could run now: with articles ticked to go out and every one of them ready (the
 * check the release itself makes, `articlesReadyToRelease`). What changes after it is scheduled is checked again
 * when it runs, and the Schedule panel shows why a run did not happen.
 */
async function assertReleaseCanBeScheduled(strapi: Core.Strapi, documentId: string | undefined): Promise<void> {
  const going = documentId ? await articlesReadyToRelease(strapi, documentId).catch(prefixed) : [];
  if (going.length === 0) {
    throw new errors.ValidationError(
      'The release can’t be scheduled yet: no article is ticked to go out with the issue. File its articles in it and tick them in its Table of contents first.',
    );
  }
}

function prefixed(error: unknown): never {
  if (error instanceof errors.ValidationError) throw new errors.ValidationError(`The release can’t be scheduled yet: ${error.message}`);
  throw error;
}

/** The admin's content manager, as opposed to the REST API, the importer or the scheduler itself. */
function isAdminEdit(strapi: Core.Strapi): boolean {
  return strapi.requestContext.get()?.request.path.startsWith('/content-manager/') ?? false;
}

/**
 * The admin's date-time picker shows hours and minutes but sends the seconds and milliseconds of the moment the
 * field was filled in: an editor who picks 14:02 would otherwise go live at 14:02:35. Other apps setting a time
 * through the API keep the precision they sent.
 */
function truncateToMinute(data: Times, fields: (keyof Times)[]): void {
  for (const field of fields) {
    const value = data[field];
    if (!value) continue;
    const time = new Date(value);
    if (Number.isNaN(time.getTime())) continue; // Strapi's own validation reports the bad date
    time.setUTCSeconds(0, 0);
    data[field] = time.toISOString();
  }
}

const WHAT_HAPPENS: Record<keyof Times, { noun: string; instead: string }> = {
  publishAt: { noun: 'publish time', instead: 'publish it now' },
  unpublishAt: { noun: 'unpublish time', instead: 'unpublish it now' },
  releaseAt: { noun: 'release time', instead: 'release the issue now' },
};

/**
 * A time an editor sets must still be ahead: one already past would fire on the scheduler's next tick, so a date
 * picked without its time (midnight) or a minute that just went by would publish at once, which is not what anyone
 * scheduling meant. A time already stored is left alone when a save sends it back unchanged. Then, for articles, the
 * unpublish time must come after the publish time.
 */
async function assertScheduleTimes(
  strapi: Core.Strapi,
  uid: string,
  documentId: string | undefined,
  data: Times,
  fields: (keyof Times)[],
  now = new Date(),
): Promise<void> {
  const sent = fields.filter((field) => field in data);
  if (sent.length === 0) return;
  const stored: Times | null = documentId
    ? await strapi.db.query(uid as typeof UID.article).findOne({ where: { documentId, publishedAt: null }, select: fields })
    : null;
  for (const field of sent) {
    const value = data[field];
    if (!value) continue;
    const time = new Date(value);
    if (Number.isNaN(time.getTime())) continue; // Strapi's own validation reports the bad date
    const unchanged = stored?.[field] != null && new Date(stored[field]!).getTime() === time.getTime();
    if (!unchanged && time <= now) {
      const { noun, instead } = WHAT_HAPPENS[field];
      throw new errors.ValidationError(
        `The ${noun} ${time.toISOString().slice(0, 16).replace('T', ' ')} UTC has already passed: choose a later date and time, or ${instead}.`,
      );
    }
    if (!unchanged && field === 'releaseAt') await assertReleaseCanBeScheduled(strapi, documentId);
  }
  if (uid !== UID.article) return;
  const publishAt = 'publishAt' in data ? data.publishAt : stored?.publishAt;
  const unpublishAt = 'unpublishAt' in data ? data.unpublishAt : stored?.unpublishAt;
  if (publishAt && unpublishAt && new Date(unpublishAt) <= new Date(publishAt)) {
    throw new errors.ValidationError('The unpublish time must come after the publish time.');
  }
}
