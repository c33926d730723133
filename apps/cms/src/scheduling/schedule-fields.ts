import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { sendsData } from '../document-middlewares/writes';
import { UID } from '../uids';

const SCHEDULED = new Map<string, string[]>([
  [UID.article, ['publishAt', 'unpublishAt']],
  [UID.issue, ['releaseAt']],
]);

type Times = { publishAt?: string | Date | null; unpublishAt?: string | Date | null; releaseAt?: string | Date | null };

/**
 * Keeps schedules coherent as editors change them: a time picked in the admin means its whole minute, setting or
 * changing a time clears the report of an earlier failed run, an unpublish time must come after the publish time,
 * and publishing by hand supersedes a pending publish time (the editor did not wait for it).
 */
export function scheduleFields(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const fields = SCHEDULED.get(context.uid);
    if (!fields) return next();
    const params = context.params as { documentId?: string; data?: Times & { scheduleError?: string | null } };

    if (sendsData(context) && params.data) {
      const data = params.data;
      if (isAdminEdit(strapi)) truncateToMinute(data, fields);
      if (fields.some((field) => field in data)) data.scheduleError = null;
      if (context.uid === UID.article) await assertUnpublishAfterPublish(strapi, params.documentId, data);
    }

    if (context.action === 'publish' && params.documentId && context.uid === UID.article) {
      await strapi.db
        .query(context.uid)
        .updateMany({ where: { documentId: params.documentId, publishedAt: null }, data: { publishAt: null, scheduleError: null } });
    }
    return next();
  };
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
function truncateToMinute(data: Times, fields: string[]): void {
  for (const field of fields as (keyof Times)[]) {
    const value = data[field];
    if (!value) continue;
    const time = new Date(value);
    if (Number.isNaN(time.getTime())) continue; // Strapi's own validation reports the bad date
    time.setUTCSeconds(0, 0);
    data[field] = time.toISOString();
  }
}

async function assertUnpublishAfterPublish(strapi: Core.Strapi, documentId: string | undefined, data: Times): Promise<void> {
  if (!('publishAt' in data) && !('unpublishAt' in data)) return;
  const stored: Times | null = documentId
    ? await strapi.db.query(UID.article).findOne({ where: { documentId, publishedAt: null }, select: ['publishAt', 'unpublishAt'] })
    : null;
  const publishAt = 'publishAt' in data ? data.publishAt : stored?.publishAt;
  const unpublishAt = 'unpublishAt' in data ? data.unpublishAt : stored?.unpublishAt;
  if (publishAt && unpublishAt && new Date(unpublishAt) <= new Date(publishAt)) {
    throw new errors.ValidationError('The unpublish time must come after the publish time.');
  }
}
