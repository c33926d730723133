/** The CMS's first admin as its defaults create it (README's credentials), for tests that act as an editor. */
export const TEST_ADMIN = { email: 'admin@masthead.local', password: 'Masthead-dev-2025' };

export type AdminFetch = (path: string, init: { method: string; body?: unknown }) => Promise<Response>;

/**
 * Requests to a CMS's admin API as one editor, logged in on the first request and once per instance: Strapi allows
 * five logins per five minutes from one address. `cmsUrl` may be a function, for a CMS whose URL is known only once
 * it has started. Each call throws with the CMS's answer when it is not 2xx.
 *
 * @example
 * const adminFetch = createAdminApi(cmsUrl, TEST_ADMIN);
 * await adminFetch(`/content-manager/collection-types/api::article.article/${id}/actions/publish`, { method: 'POST' });
 */
export function createAdminApi(cmsUrl: string | (() => string), credentials: { email: string; password: string }): AdminFetch {
  const base = typeof cmsUrl === 'function' ? cmsUrl : () => cmsUrl;
  let token: Promise<string> | undefined;
  const login = async () => {
    const response = await fetch(`${base()}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(credentials),
    });
    if (!response.ok) throw new Error(`admin login: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { data: { token: string } }).data.token;
  };

  return async function adminFetch(path, init) {
    const response = await fetch(`${base()}${path}`, {
      method: init.method,
      headers: { authorization: `Bearer ${await (token ??= login())}`, 'content-type': 'application/json' },
      body: init.method === 'GET' ? undefined : JSON.stringify(init.body ?? {}),
    });
    if (!response.ok) throw new Error(`${init.method} ${path}: ${response.status} ${await response.text()}`);
    return response;
  };
}
