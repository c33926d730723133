import type { Core } from '@strapi/strapi';

type Settings = Record<string, unknown>;

/**
 * Keeps users-permissions' own switches for reader accounts off at every start, behind the permissions
 * (`public-permissions.ts`) that already refuse those routes: sign-up disabled (`allow_register`) and every log-in
 * provider — the email/password one and the OAuth ones — disabled. Masthead has no reader accounts; should someone
 * turn a switch on in *Settings → Users & Permissions*, the next start turns it off again.
 * @returns the settings that had to be turned off
 */
export async function closeReaderAccounts(strapi: Core.Strapi): Promise<string[]> {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const closed: string[] = [];

  const advanced = ((await store.get({ key: 'advanced' })) ?? {}) as Settings;
  if (advanced.allow_register !== false) {
    await store.set({ key: 'advanced', value: { ...advanced, allow_register: false } });
    closed.push('sign-up');
  }

  const grant = ((await store.get({ key: 'grant' })) ?? {}) as Record<string, Settings>;
  const open = Object.keys(grant).filter((provider) => grant[provider]?.enabled !== false);
  if (open.length > 0) {
    const providers = Object.fromEntries(Object.entries(grant).map(([provider, settings]) => [provider, { ...settings, enabled: false }]));
    await store.set({ key: 'grant', value: providers });
    closed.push(...open.map((provider) => `the ${provider} log-in`));
  }
  return closed;
}
