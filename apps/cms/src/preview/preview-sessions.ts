import { createHash, randomBytes } from 'node:crypto';
import { PREVIEW_SESSION_TTL_MS, type PreviewSessionState } from '@masthead/client/preview';
import type { Core } from '@strapi/strapi';
import { ownTable } from '../database/own-table';
import { perInstance } from '../per-instance';

/**
 * Preview sessions: what lets the website read drafts for one editor in one browser (see @masthead/client/preview).
 *
 * A session is opened by the admin's Preview button for the editor's admin session, claimed by the first browser
 * that opens its link, and holds until it expires, is revoked (the editor leaves the preview), or the editor's
 * admin session ends (signing out deletes it) or the editor is deactivated or blocked. Only a digest of the session
 * is stored, so the table alone opens nothing.
 */
const TABLE = 'masthead_preview_sessions';
/** Sessions an editor may hold at once; opening another revokes the oldest (the admin asks for a link per preview). */
const MAX_SESSIONS_PER_EDITOR = 20;

/** The editor's admin session a preview session belongs to: Strapi's session id, and the device it rotates on. */
export interface EditorSession {
  userId: number;
  /** Strapi's admin session id (from the access token); rotated on refresh, within one device. */
  adminSessionId: string;
}

interface Row {
  digest: string;
  admin_user_id: number;
  admin_device_id: string | null;
  admin_session_id: string;
  browser: string | null;
  expires_at: number | string;
  revoked_at: number | string | null;
  created_at: number | string;
}

const digestOf = (session: string) => createHash('sha256').update(session).digest('hex');

export interface PreviewSessions {
  /** A new session for the editor, and when it expires. */
  open(editor: EditorSession, now?: number): Promise<{ session: string; expires: number }>;
  /** Binds a fresh session to `browser`; for the browser it is bound to already, the same as `check`. */
  claim(session: string, browser: string, now?: number): Promise<PreviewSessionState>;
  /** Whether the session may read drafts for `browser` now. */
  check(session: string, browser: string, now?: number): Promise<PreviewSessionState>;
  /** Ends the session for good (the same answer for an unknown one, so nothing is learnt). */
  revoke(session: string, now?: number): Promise<void>;
}

export function createPreviewSessions(strapi: Core.Strapi): PreviewSessions {
  const table = ownTable(strapi, TABLE, (columns) => {
    // The order sessions were opened in, which timestamps alone do not give (two clicks in one millisecond).
    columns.increments('id');
    columns
      .string('digest', 64)
      .notNullable()
      .unique({ indexName: `${TABLE}_digest_uq` });
    columns.integer('admin_user_id').notNullable().index(`${TABLE}_admin_user_idx`);
    columns.string('admin_device_id', 255).nullable();
    columns.string('admin_session_id', 255).notNullable();
    columns.string('browser', 64).nullable();
    columns.bigInteger('expires_at').notNullable().index(`${TABLE}_expires_idx`);
    columns.bigInteger('revoked_at').nullable();
    columns.bigInteger('created_at').notNullable();
  });
  async function find(session: string): Promise<Row | undefined> {
    await table.ensure();
    return table
      .rows()
      .where({ digest: digestOf(session) })
      .first();
  }

  /** Why a stored session may not read drafts now, or `null` when it may (the browser aside). */
  async function refusal(row: Row | undefined, now: number): Promise<string | null> {
    if (!row) return 'no such preview session';
    if (row.revoked_at !== null) return 'the preview was left';
    if (Number(row.expires_at) <= now) return 'the preview session expired';
    if (!(await editorStillSignedIn(row, now))) return 'the editor signed out of the admin or may no longer sign in';
    return null;
  }

  async function editorStillSignedIn(row: Row, now: number): Promise<boolean> {
    const user = await strapi.db.query('admin::user').findOne({ where: { id: row.admin_user_id }, select: ['isActive', 'blocked'] });
    if (!user?.isActive || user.blocked) return false;
    // Signing out deletes every session of the device; a refresh rotates the session id within it.
    const where = row.admin_device_id
      ? { userId: String(row.admin_user_id), deviceId: row.admin_device_id }
      : { sessionId: row.admin_session_id };
    const live = await strapi.db.query('admin::session').count({ where: { ...where, origin: 'admin', expiresAt: { $gt: new Date(now) } } });
    return live > 0;
  }

  async function check(session: string, browser: string, now = Date.now()): Promise<PreviewSessionState> {
    const row = await find(session);
    const refused = await refusal(row, now);
    if (refused) return { live: false, reason: refused };
    if (row!.browser !== browser) {
      return {
        live: false,
        reason: row!.browser === null ? 'the preview link was not opened yet' : 'the preview was opened in another browser',
      };
    }
    return { live: true, expires: Number(row!.expires_at) };
  }

  return {
    async open(editor, now = Date.now()) {
      const adminSession = await strapi.db
        .query('admin::session')
        .findOne({ where: { sessionId: editor.adminSessionId, origin: 'admin' }, select: ['deviceId'] });
      const session = randomBytes(32).toString('base64url');
      const expires = now + PREVIEW_SESSION_TTL_MS;
      await table.ensure();
      await table.rows().insert({
        digest: digestOf(session),
        admin_user_id: editor.userId,
        admin_device_id: adminSession?.deviceId ?? null,
        admin_session_id: editor.adminSessionId,
        browser: null,
        expires_at: expires,
        revoked_at: null,
        created_at: now,
      });
      await table.rows().where('expires_at', '<=', now).delete();
      const held = await table
        .rows()
        .where({ admin_user_id: editor.userId, revoked_at: null })
        .orderBy('id', 'desc')
        .offset(MAX_SESSIONS_PER_EDITOR)
        .select('digest');
      if (held.length > 0)
        await table
          .rows()
          .whereIn(
            'digest',
            held.map((row: Pick<Row, 'digest'>) => row.digest),
          )
          .update({ revoked_at: now });
      return { session, expires };
    },

    async claim(session, browser, now = Date.now()) {
      const row = await find(session);
      // Atomic: of two browsers opening the same link at once, one claims it; the other is told so by the check.
      if (row?.browser === null && !(await refusal(row, now)))
        await table.rows().where({ digest: row.digest, browser: null }).update({ browser });
      return check(session, browser, now);
    },

    check,

    async revoke(session, now = Date.now()) {
      await table.ensure();
      await table
        .rows()
        .where({ digest: digestOf(session), revoked_at: null })
        .update({ revoked_at: now });
    },
  };
}

/** The sessions of one Strapi instance. */
export const previewSessionsOf = perInstance(createPreviewSessions).of;
