// The CMS's admin API as the admin UI calls it, for benchmarks that act as an editor.

/**
 * Logs in once (Strapi allows five logins per five minutes from one address) and returns a function that sends
 * `method pathname` with a JSON body and resolves to the JSON answer, throwing on anything but 2xx.
 */
export async function createAdminApi(cmsUrl, credentials) {
  const login = await fetch(`${cmsUrl}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(credentials) });
  if (!login.ok) throw new Error(`admin login: ${login.status} ${await login.text()}`);
  const { data } = await login.json();
  return async (method, pathname, body) => {
    const response = await fetch(`${cmsUrl}${pathname}`, {
      method,
      headers: { authorization: `Bearer ${data.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${pathname}: ${response.status} ${await response.text()}`);
    return response.json();
  };
}
