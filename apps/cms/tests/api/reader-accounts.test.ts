import request from 'supertest';
import { publicReadActions } from '../../src/bootstrap/public-permissions';
import { useCms } from '../harness/cms';

/**
 * Masthead has no reader accounts: no stranger can sign up, log in, reset a password, confirm an email or go
 * through an OAuth provider, and that stays so at every start whatever was clicked in the admin meanwhile.
 */
const api = () => request(cms.strapi.server.httpServer);
const users = () => cms.strapi.db.query('plugin::users-permissions.user');
const store = () => cms.strapi.store({ type: 'plugin', name: 'users-permissions' });

const cms = useCms({ scheduler: false });

const newcomer = { username: 'newcomer', email: 'newcomer@example.com', password: 'Str0ng-enough-password' };

/** Every route of users-permissions' auth controller, with a body it would otherwise accept. */
const AUTH_ROUTES: Array<[string, (agent: ReturnType<typeof api>) => request.Test]> = [
  ['sign-up', (agent) => agent.post('/api/auth/local/register').send(newcomer)],
  ['log-in', (agent) => agent.post('/api/auth/local').send({ identifier: newcomer.email, password: newcomer.password })],
  ['forgotten password', (agent) => agent.post('/api/auth/forgot-password').send({ email: 'someone@gmail.com' })],
  [
    'password reset',
    (agent) => agent.post('/api/auth/reset-password').send({ code: 'abc', password: 'x1234567A', passwordConfirmation: 'x1234567A' }),
  ],
  ['email confirmation', (agent) => agent.get('/api/auth/email-confirmation?confirmation=abc')],
  ['confirmation email', (agent) => agent.post('/api/auth/send-email-confirmation').send({ email: 'someone@gmail.com' })],
  ['OAuth connect', (agent) => agent.get('/api/connect/github')],
  ['OAuth callback', (agent) => agent.get('/api/auth/github/callback?access_token=abc')],
  [
    'password change',
    (agent) => agent.post('/api/auth/change-password').send({ currentPassword: 'a', password: 'b', passwordConfirmation: 'b' }),
  ],
  ['token refresh', (agent) => agent.post('/api/auth/refresh').send({ refreshToken: 'abc' })],
  ['own account', (agent) => agent.get('/api/users/me')],
];

async function expectEveryAuthRouteClosed() {
  for (const [name, send] of AUTH_ROUTES) {
    const response = await send(api());
    expect({ name, status: response.status }).toEqual({ name, status: 403 });
  }
  expect(await users().count()).toBe(0);
}

describe('reader accounts', () => {
  it.each(AUTH_ROUTES)('refuse a stranger the %s', async (_name, send) => {
    const response = await send(api());
    expect(response.status).toBe(403);
    expect(response.body.error).toMatchObject({ status: 403 });
    expect(await users().count()).toBe(0);
  });

  it('leave sign-up and every log-in provider switched off in the plugin’s own settings', async () => {
    expect(await store().get({ key: 'advanced' })).toMatchObject({ allow_register: false });
    const grant = (await store().get({ key: 'grant' })) as Record<string, { enabled: boolean }>;
    expect(Object.keys(grant)).toEqual(expect.arrayContaining(['email', 'github']));
    expect(Object.values(grant).every((provider) => provider.enabled === false)).toBe(true);
  });

  it('are closed again at the next start after someone opened them in the admin', async () => {
    const publicRole = await cms.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    for (const action of ['register', 'callback', 'forgotPassword', 'resetPassword', 'connect']) {
      await cms.strapi.db
        .query('plugin::users-permissions.permission')
        .create({ data: { action: `plugin::users-permissions.auth.${action}`, role: publicRole.id } });
    }
    await store().set({ key: 'advanced', value: { ...((await store().get({ key: 'advanced' })) as object), allow_register: true } });
    const grant = (await store().get({ key: 'grant' })) as Record<string, object>;
    await store().set({ key: 'grant', value: { ...grant, email: { ...grant.email, enabled: true } } });
    // The door really was open: sign-up answers with a JWT before the restart.
    const opened = await api().post('/api/auth/local/register').send(newcomer);
    expect(opened.status).toBe(200);
    expect(opened.body.jwt).toEqual(expect.any(String));
    await users().deleteMany({});

    await cms.restart();
    await expectEveryAuthRouteClosed();
  }, 180_000);

  it('give a JWT from before the doors closed no more than what readers read', async () => {
    const role = await cms.strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'authenticated' }, populate: ['permissions'] });
    expect(role.permissions.map((permission: { action: string }) => permission.action).sort()).toEqual(publicReadActions().sort());
    const user = await cms.strapi
      .plugin('users-permissions')
      .service('user')
      .add({ ...newcomer, provider: 'local', confirmed: true, role: role.id });
    const jwt = cms.strapi.plugin('users-permissions').service('jwt').issue({ id: user.id });
    const as = (path: string) => api().get(path).set('authorization', `Bearer ${jwt}`);
    expect((await as('/api/articles')).status).toBe(200);
    for (const path of ['/api/users', '/api/users/me', `/api/users/${user.id}`, '/api/users-permissions/roles', '/api/upload/files']) {
      expect({ path, status: (await as(path)).status }).toEqual({ path, status: 403 });
    }
    await users().deleteMany({});
  });
});
