import { createPreviewSessions } from '@masthead/client/preview';
import { env } from '@/env';

/**
 * The CMS's half of preview sessions, asked with the website's token: claim one for a browser, check it, leave it.
 * `null` without a token (no previews). A module of its own because `./index.ts` reads the preview state that
 * lib/preview keeps with these.
 */
export const cmsPreviewSessions = env.CMS_PREVIEW_TOKEN
  ? createPreviewSessions({ baseUrl: env.CMS_URL, token: env.CMS_PREVIEW_TOKEN, timeoutMs: env.CMS_TIMEOUT_MS })
  : null;
