import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const ISSUE = 'api::issue.issue';
const WRITE_ACTIONS = new Set(['create', 'update', 'publish']);

type IssueRow = { id: number; documentId: string; number: number | null; publishedAt: string | null; volume: { id: number; number: number } | null };

/**
 * Issue numbers are unique within their volume, and an issue goes live only inside a volume.
 *
 * The volume is a relation (a join table), so no database constraint can express this; the check runs on the
 * written state inside the write's transaction, and a violation rolls the write back with a message an editor
 * understands.
 */
export function issueIntegrity(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.uid !== ISSUE || !WRITE_ACTIONS.has(context.action)) return next();

    return strapi.db.transaction(async () => {
      const result = await next();
      const documentId =
        (context.params as { documentId?: string }).documentId ?? (result as { documentId?: string } | null)?.documentId;
      if (documentId) await assertIssueIntegrity(strapi, documentId);
      return result;
    });
  };
}

async function assertIssueIntegrity(strapi: Core.Strapi, documentId: string): Promise<void> {
  const versions: IssueRow[] = await strapi.db.query(ISSUE).findMany({
    where: { documentId },
    select: ['id', 'documentId', 'number', 'publishedAt'],
    populate: { volume: { select: ['id', 'number'] } },
  });

  for (const version of versions) {
    if (version.publishedAt && !version.volume) {
      throw new errors.ValidationError('Choose a volume for this issue before publishing it.');
    }
    if (!version.volume || version.number == null) continue;
    const clash = await strapi.db.query(ISSUE).findOne({
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
