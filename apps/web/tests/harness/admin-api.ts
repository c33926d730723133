import { TEST_ADMIN } from './stack';

const cmsUrl = () => process.env.MASTHEAD_TEST_CMS_URL!;

/** One admin login per test file: Strapi allows five logins per five minutes from one address. */
let adminToken: Promise<string> | undefined;
function adminLogin(): Promise<string> {
  adminToken ??= fetch(`${cmsUrl()}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(TEST_ADMIN),
  }).then(async (login) => ((await login.json()) as { data: { token: string } }).data.token);
  return adminToken;
}

/** A request to the CMS's admin API as the test editor; throws with the CMS's answer when it is not 2xx. */
export async function adminFetch(path: string, init: { method: string; body?: unknown }): Promise<Response> {
  const response = await fetch(`${cmsUrl()}${path}`, {
    method: init.method,
    headers: { authorization: `Bearer ${await adminLogin()}`, 'content-type': 'application/json' },
    body: init.method === 'GET' ? undefined : JSON.stringify(init.body ?? {}),
  });
  if (!response.ok) throw new Error(`${init.method} ${path}: ${response.status} ${await response.text()}`);
  return response;
}
