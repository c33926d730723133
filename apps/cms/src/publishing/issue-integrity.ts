import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { checkAfterWrite, stores } from '../document-middlewares/writes';
import { UID } from '../uids';

type IssueRow = {
  id: number;
  documentId: string;
  number: number | null;
  publishedAt: string | null;
  volume: { id: number; number: number } | null;
};

/**
 * Issue numbers are unique within their volume, and an issue goes live only inside a volume.
 *
 * The volume is a relation (a join table), so no database constraint can express this; the check runs on the
 * written state inside the write's transaction, and a violation rolls the write back with a message an editor
 * understands.
 */
export function issueIntegrity(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.uid !== UID.issue || !stores(context)) return next();
    return checkAfterWrite(strapi, context, next, (documentId) => assertIssueIntegrity(strapi, documentId));
  };
}

async function assertIssueIntegrity(strapi: Core.Strapi, documentId: string): Promise<void> {
  const versions: IssueRow[] = await strapi.db.query(UID.issue).findMany({
    where: { documentId },
    select: ['id', 'documentId', 'number', 'publishedAt'],
    populate: { volume: { select: ['id', 'number'] } },
  });

  for (const version of versions) {
    if (version.publishedAt && !version.volume) {
      throw new errors.ValidationError('Choose a volume for this issue before publishing it.');
    }
    if (!version.volume || version.number == null) continue;
    const clash = await strapi.db.query(UID.issue).findOne({
      where: { documentId: { $ne: documentId }, number: version.number, volume: { id: version.volume.id } },
      select: ['id'],
    });
    if (clash) {
      throw new errors.ValidationError(
        `Volume ${version.volume.number} already has an Issue ${version.number}. Choose another issue number.`,
      );
    }
  }
}
