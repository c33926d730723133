import { strapi as transfer } from '@strapi/data-transfer';
import type { Core } from '@strapi/strapi';

/**
 * Whether a type travels in a backup. Like `strapi export`, admin types (users with their password hashes, roles,
 * API and transfer tokens, sessions) and content releases stay out: a backup file is content, not credentials.
 */
export function isBackedUp(uid: string): boolean {
  return !transfer.isIgnoredOfficialTransferType(uid);
}

/** The engine's per-stage filters that keep every other type out of a transfer, in either direction. */
export const BACKUP_TRANSFORMS = {
  entities: [{ filter: (entity: { type: string }) => isBackedUp(entity.type) }],
  links: [{ filter: (link: { left: { type: string }; right: { type: string } }) => isBackedUp(link.left.type) && isBackedUp(link.right.type) }],
};

/**
 * The types a restore must leave alone in the target database: every admin type and model (so the operators who
 * run the restore keep their logins and tokens) and the types Strapi never transfers.
 */
export function typesKeptByRestore(strapi: Core.Strapi): string[] {
  return [...transfer.getProtectedTransferUIDs(strapi), ...transfer.getIgnoredOfficialTransferTypes()];
}
