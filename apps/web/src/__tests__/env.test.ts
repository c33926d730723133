import { InvalidWebEnvError, parseWebEnv } from '../env';

describe('the website environment', () => {
  it('takes the defaults, and empty strings as unset', () => {
    const env = parseWebEnv({ CMS_URL: '', REVALIDATE_SECONDS: '' });
    expect([env.CMS_URL, env.REVALIDATE_SECONDS]).toEqual(['http://localhost:1337', 300]);
  });

  it('refuses bad values with a typed error naming every variable', () => {
    let caught: unknown;
    try {
      parseWebEnv({ CMS_URL: 'not a url', REVALIDATE_SECRET: 'short', REVALIDATE_SECONDS: '0' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidWebEnvError);
    const { issues, message } = caught as InvalidWebEnvError;
    expect(issues.map((issue) => issue.split(':')[0]).sort()).toEqual(['CMS_URL', 'REVALIDATE_SECONDS', 'REVALIDATE_SECRET']);
    expect(message).toMatch(/^Invalid website environment:\n {2}- /);
  });
});
