import { strapi as transfer } from '@strapi/data-transfer';
import type { Core } from '@strapi/strapi';

/**
 * Accounts beyond the admin's: users-permissions end users, with their password hashes, reset and confirmation
 * tokens. Masthead has no reader accounts (their sign-up is closed, `bootstrap/public-permissions.ts`), and should
 * one exist its credentials are not content.
 */
const END_USER_ACCOUNTS = ['plugin::users-permissions.user'];

/**
 * Whether a type travels in a backup. Like `strapi export`, admin types (users with their password hashes, roles,
 * API and transfer tokens, sessions) and content releases stay out, and so do end-user accounts: a backup file is
 * content, not credentials.
 */
export function isBackedUp(uid: string): boolean {
  return !transfer.isIgnoredOfficialTransferType(uid) && !END_USER_ACCOUNTS.includes(uid);
}

/** The engine's per-stage filters that keep every other type out of a transfer, in either direction. */
export const BACKUP_TRANSFORMS = {
  entities: [{ filter: (entity: { type: string }) => isBackedUp(entity.type) }],
  links: [
    { filter: (link: { left: { type: string }; right: { type: string } }) => isBackedUp(link.left.type) && isBackedUp(link.right.type) },
  ],
};

/**
 * The types a restore must leave alone in the target database: every admin type and model (so the operators who
 * run the restore keep their logins and tokens), end-user accounts and the types Strapi never transfers.
 */
export function typesKeptByRestore(strapi: Core.Strapi): string[] {
  return [...transfer.getProtectedTransferUIDs(strapi), ...transfer.getIgnoredOfficialTransferTypes(), ...END_USER_ACCOUNTS];
}
