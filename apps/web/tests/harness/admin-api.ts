import { TEST_ADMIN } from './stack';

/**
 * Requests to a CMS's admin API as one editor, logged in once per instance: Strapi allows five logins per five
 * minutes from one address. Each call throws with the CMS's answer when it is not 2xx.
 */
export function createAdminApi(cmsUrl: () => string, credentials: { email: string; password: string }) {
  let token: Promise<string> | undefined;
  const login = () =>
    (token ??= fetch(`${cmsUrl()}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(credentials),
    }).then(async (response) => ((await response.json()) as { data: { token: string } }).data.token));

  return async function adminFetch(path: string, init: { method: string; body?: unknown }): Promise<Response> {
    const response = await fetch(`${cmsUrl()}${path}`, {
      method: init.method,
      headers: { authorization: `Bearer ${await login()}`, 'content-type': 'application/json' },
      body: init.method === 'GET' ? undefined : JSON.stringify(init.body ?? {}),
    });
    if (!response.ok) throw new Error(`${init.method} ${path}: ${response.status} ${await response.text()}`);
    return response;
  };
}

/** The browser suite's CMS, as its test editor (one login per test file). */
export const adminFetch = createAdminApi(() => process.env.MASTHEAD_TEST_CMS_URL!, TEST_ADMIN);
