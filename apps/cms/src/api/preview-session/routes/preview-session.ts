/**
 * The website's side of preview sessions (src/preview/preview-sessions.ts): claim one for a browser, check it, leave
 * it. Not part of the public API: only the website's token is answered (checked in the controller, before anything
 * else), so there is no permission to grant.
 */
export default {
  routes: [
    { method: 'POST', path: '/preview-session', handler: 'api::preview-session.preview-session.claim', config: { auth: false } },
    { method: 'GET', path: '/preview-session', handler: 'api::preview-session.preview-session.check', config: { auth: false } },
    { method: 'DELETE', path: '/preview-session', handler: 'api::preview-session.preview-session.revoke', config: { auth: false } },
  ],
};
