import { loopbackAliases } from '@masthead/client/loopback';
import { getEnv } from '../src/env';
import { previewUrl } from '../src/preview/preview-url';

export default () => {
  const env = getEnv();
  const webPublicUrl = env.MASTHEAD_WEB_PUBLIC_URL ?? env.MASTHEAD_WEB_URL;
  return {
    auth: { secret: env.ADMIN_JWT_SECRET },
    apiToken: { salt: env.API_TOKEN_SALT },
    transfer: { token: { salt: env.TRANSFER_TOKEN_SALT } },
    secrets: { encryptionKey: env.ENCRYPTION_KEY },
    flags: { nps: false, promoteEE: false },
    // The Preview button opens drafts on the website (in the admin's side panel and in a new tab).
    preview: {
      enabled: Boolean(env.MASTHEAD_WEB_URL && env.MASTHEAD_REVALIDATE_SECRET),
      config: {
        // In development the admin may be open on 127.0.0.1 and the site on localhost: frame either name.
        allowedOrigins: webPublicUrl ? loopbackAliases(webPublicUrl) : [],
        async handler(uid: string, { documentId }: { documentId: string }) {
          if (!webPublicUrl || !env.MASTHEAD_REVALIDATE_SECRET) return null;
          return previewUrl(strapi, { webUrl: webPublicUrl, secret: env.MASTHEAD_REVALIDATE_SECRET }, uid, documentId);
        },
      },
    },
  };
};
