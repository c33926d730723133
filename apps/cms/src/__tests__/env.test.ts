import { InvalidEnvError, parseEnv } from '../env';

const secrets = {
  APP_KEYS: 'aaaaaaaaaaaaaaaa,bbbbbbbbbbbbbbbb',
  API_TOKEN_SALT: 'x'.repeat(16),
  ADMIN_JWT_SECRET: 'x'.repeat(16),
  TRANSFER_TOKEN_SALT: 'x'.repeat(16),
  JWT_SECRET: 'x'.repeat(16),
  ENCRYPTION_KEY: 'x'.repeat(16),
};

describe('parseEnv', () => {
  it('defaults to SQLite on port 1337 with the documented admin login', () => {
    const env = parseEnv(secrets);
    expect(env).toMatchObject({
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: '.tmp/data.db',
      PORT: 1337,
      MASTHEAD_ADMIN_EMAIL: 'admin@masthead.local',
      MASTHEAD_SEED_SAMPLE: true,
    });
    expect(env.APP_KEYS).toEqual(['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb']);
  });

  it('requires DATABASE_URL when PostgreSQL is chosen', () => {
    expect(() => parseEnv({ ...secrets, DATABASE_CLIENT: 'postgres' })).toThrow(/DATABASE_URL: is required/);
  });

  it('lists every problem at once', () => {
    let error: unknown;
    try {
      parseEnv({ PORT: 'eighty', DATABASE_CLIENT: 'mysql' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidEnvError);
    const issues = (error as InvalidEnvError).issues.join('\n');
    for (const name of ['PORT', 'DATABASE_CLIENT', 'APP_KEYS', 'JWT_SECRET', 'ENCRYPTION_KEY']) {
      expect(issues).toContain(name);
    }
  });

  it('treats empty strings as unset', () => {
    expect(parseEnv({ ...secrets, PORT: '' }).PORT).toBe(1337);
  });

  it('rejects a weak admin password', () => {
    expect(() => parseEnv({ ...secrets, MASTHEAD_ADMIN_PASSWORD: 'password' })).toThrow(/MASTHEAD_ADMIN_PASSWORD/);
  });
});
