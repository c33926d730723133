import type { Core } from '@strapi/strapi';

/** The routes that take files: the admin's Media Library (`/upload…`) and the content API's (`/api/upload…`). */
const ADMIN_UPLOAD = /^\/upload(?:\/|$)/;
const API_UPLOAD = /^\/api\/upload(?:\/|$)/i;
/** The largest body a request without credentials may send: nothing anonymous writes, so a small one is plenty. */
export const ANONYMOUS_BODY_LIMIT_BYTES = 64 * 1024;

interface GateRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  is(type: string): string | false | null;
}

const bearerOf = (headers: GateRequest['headers']): string | null => {
  const header = headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header.trim()) : null;
  return match ? match[1] : null;
};

/** Whether `token` is an admin's live session (the Media Library's uploads). */
async function isAdminSession(strapi: Core.Strapi, token: string): Promise<boolean> {
  const sessions = (
    strapi as unknown as {
      sessionManager?: (origin: string) => {
        validateAccessToken(token: string): { isValid: boolean; payload?: { sessionId: string } };
        isSessionActive(id: string): Promise<boolean>;
      };
    }
  ).sessionManager;
  if (!sessions) return false;
  const result = sessions('admin').validateAccessToken(token);
  return result.isValid && Boolean(result.payload) && (await sessions('admin').isSessionActive(result.payload!.sessionId));
}

/** Whether `token` is an unexpired full-access API token, the only kind the upload routes let in (src/policies). */
async function isFullAccessToken(strapi: Core.Strapi, token: string): Promise<boolean> {
  const tokens = strapi.service('admin::api-token-content-api') as {
    hash(key: string): string;
    getByAccessKey(hash: string): Promise<{ type: string; expiresAt?: string | null } | null>;
  };
  const found = await tokens.getByAccessKey(tokens.hash(token));
  return found?.type === 'full-access' && (!found.expiresAt || new Date(found.expiresAt).getTime() > Date.now());
}

export type GateDecision = { allowed: true } | { allowed: false; status: 403 | 413; message: string };

/**
 * Decides, from the request line and headers alone, whether its body may be read: a multipart body only on the
 * upload routes and only with a credential that may upload (an admin session there, a full-access token on the
 * content API); any other body from a request without credentials only up to ANONYMOUS_BODY_LIMIT_BYTES by its
 * Content-Length. Strapi's body parser spools multipart files to the temp folder (up to 200 MB) before any route
 * or policy runs, so this has to come first.
 */
export async function bodyGate(strapi: Core.Strapi, request: GateRequest): Promise<GateDecision> {
  if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return { allowed: true };
  const token = bearerOf(request.headers);
  if (request.is('multipart')) {
    const admin = ADMIN_UPLOAD.test(request.path);
    const api = API_UPLOAD.test(request.path);
    if (!admin && !api)
      return { allowed: false, status: 403, message: 'Files are accepted only by the upload routes (/upload and /api/upload).' };
    const may = token !== null && (admin ? await isAdminSession(strapi, token) : await isFullAccessToken(strapi, token));
    return may
      ? { allowed: true }
      : { allowed: false, status: 403, message: 'Uploading needs an editor’s session in the admin or a full-access API token.' };
  }
  const length = Number(request.headers['content-length'] ?? 0);
  if (token === null && length > ANONYMOUS_BODY_LIMIT_BYTES) {
    return {
      allowed: false,
      status: 413,
      message: `A request without credentials may send at most ${ANONYMOUS_BODY_LIMIT_BYTES / 1024} KB.`,
    };
  }
  return { allowed: true };
}
